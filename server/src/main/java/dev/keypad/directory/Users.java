package dev.keypad.directory;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored users. Implementations are thread-safe; every method joins the caller's
 * transaction when there is one.
 */
public interface Users {

    Optional<User> findBySipAddress(String sipAddress);

    Optional<User> findById(long id);

    /**
     * The users an identity names, by the first form that matches anyone (SPEC §2: SIP address,
     * UPN, {@code DOMAIN\logon}, display name, distinguished name), in SIP-address order; at
     * most {@code limit} of them.
     */
    List<User> findByIdentity(String identity, int limit);

    Optional<User> findByLineUri(String lineUri);

    /** The users with an extension, at one site (case-insensitive) or, with a null site, at any. */
    List<User> findByExtension(String extension, String site, int limit);

    /**
     * One page of a selection.
     *
     * @param after the cursor of the previous page, or null for the first page
     * @param limit the page size
     */
    UserPage select(Selection selection, String after, int limit);

    /**
     * A selection as SQL, for set operations of other features; {@code resultSize} is not part of
     * it (the caller limits). {@code afterSipKey}, when not null, continues after that SIP key.
     */
    SelectionSql sql(Selection selection, String afterSipKey);

    /** The users with these SIP addresses (canonical form), keyed by the lower-cased address. */
    Map<String, User> findBySipAddresses(Collection<String> sipAddresses);

    /**
     * Another user that already holds one of the unique values of {@code data}.
     *
     * @param exceptId the user being changed, or null for a new user
     * @return the field and the user holding it, if any
     */
    Optional<Clash> findClash(UserData data, Long exceptId);

    /** @throws org.springframework.dao.DuplicateKeyException when a unique value is taken */
    User insert(UserData data, Instant now);

    /** @throws org.springframework.dao.DuplicateKeyException when a unique value is taken */
    void insertAll(List<UserData> data, Instant now);

    /** @throws org.springframework.dao.DuplicateKeyException when a unique value is taken */
    User update(User user, UserData data, Instant now);

    /** @throws org.springframework.dao.DuplicateKeyException when a unique value is taken */
    void updateAll(List<User> changed, Instant now);

    void delete(User user);

    long count();

    /**
     * A unique value held by another user.
     *
     * @param field the API name of the field
     * @param user  who holds it
     */
    record Clash(String field, User user) {
    }
}
