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

    /** Every account by name, with its console password and sign-in block state; never a hash. */
    List<AccountStatus> listStatus();

    /** @return whether there was such an account */
    boolean remove(String name);

    boolean isEmpty();

    /** What console sign-in needs to know of an account; empty when there is no such account. */
    Optional<ConsoleCredentials> consoleCredentials(String name);

    /** Stores a new password hash and clears the failed sign-ins. */
    void setPassword(String name, String passwordHash, Instant now);

    /**
     * Counts one failed sign-in; when that makes {@code limit} failures, blocks sign-in until
     * {@code blockUntil} and starts counting again.
     *
     * @return the time sign-in is blocked until, or null when it is not blocked
     */
    Instant countFailedSignIn(String name, int limit, Instant blockUntil);

    /** Forgets failed sign-ins after a successful one. */
    void clearFailedSignIns(String name);
}
