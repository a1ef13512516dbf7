package dev.keypad.pin;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.keypad.directory.SelectionSql;
import dev.keypad.policy.Purpose;

/** The stored PINs, PIN history and lockout state. Thread-safe; joins the caller's transaction. */
public interface Pins {

    /**
     * Reads and locks the records of these users (FOR UPDATE) until the transaction ends, so that
     * concurrent sign-ins and operations on the same PIN take turns. Users without a record are absent.
     */
    Map<Long, PinRecord> lock(Purpose purpose, Collection<Long> userIds);

    /** Reads without locking; users without a record are absent. */
    Map<Long, PinRecord> read(Purpose purpose, Collection<Long> userIds);

    /**
     * Creates empty records for those of these users that have none. Run it in a transaction of its
     * own: two writers creating the same record make one of them fail with a duplicate key.
     */
    void createMissing(Purpose purpose, Collection<Long> userIds);

    /** Writes records back (hash, flags and lockout state). */
    void save(Collection<PinRecord> records);

    /** The hashes of the user's earlier PINs, newest first, at most {@code count}. */
    List<String> history(long userId, Purpose purpose, int count);

    /** Remembers a replaced PIN's hash; keeps the newest {@link #MAX_HISTORY} per user and purpose. */
    void remember(long userId, Purpose purpose, String hash, Instant changedAt);

    /** The longest history any policy may ask for (SPEC §3: 20). */
    int MAX_HISTORY = 20;

    /**
     * One page of a selection joined with PIN records, in SIP-address order.
     *
     * @param where extra condition over aliases {@code u} (users), {@code p} (pins, may be null
     *              columns) and {@code g} (policy_grants); {@code 1 = 1} for none
     */
    List<PinRow> page(Purpose purpose, SelectionSql selection, String where, List<Object> whereParameters, int limit);

    /**
     * A user of a selection with their PIN record (a blank one when they have none) and granted policy.
     *
     * @param grantedPolicyId the tag policy granted to the user for this purpose, or null
     */
    record PinRow(long userId, String sipAddress, String sipKey, String displayName, String email, String site,
                  String extension, String lineUri, PinRecord pin, Long grantedPolicyId) {
    }
}
