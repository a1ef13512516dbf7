package dev.keypad.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored accounts and token hashes. Thread-safe; joins the caller's transaction. */
public interface Accounts {

    /** @throws org.springframework.dao.DuplicateKeyException when the name is taken */
    Account add(String name, Role role, String tokenHash, Instant now);

    Optional<Account> findByName(String name);

    /** The account a token belongs to, by the token's hash. */
    Optional<Account> findByTokenHash(String tokenHash);

    List<Account> list();

    /** @return whether there was such an account */
    boolean remove(String name);

    boolean isEmpty();
}
