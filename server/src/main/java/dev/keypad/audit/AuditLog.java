package dev.keypad.audit;

import java.time.Instant;
import java.util.List;

/**
 * The append-only audit log. Implementations are thread-safe and safe across several servers
 * sharing one database; {@link #append} joins the caller's transaction, so a record commits or
 * rolls back with the change it describes.
 */
public interface AuditLog {

    /** Appends entries in order, stamped with the current time. */
    void append(List<AuditEntry> entries);

    /**
     * One page of records, oldest first, or newest first when the query says so.
     *
     * @param afterSeq the last sequence number of the previous page, or 0 for the first page
     */
    List<AuditRecord> list(Query query, long afterSeq, int limit);

    /** Walks the whole chain and says whether it is intact. */
    Verification verify();

    /**
     * Which records to list; null fields match anything.
     *
     * @param target      matched case-insensitively
     * @param actor       the account or {@code self:…} user that acted, matched case-insensitively
     * @param newestFirst the order of a console page; the API lists oldest first, for tailing
     */
    record Query(Instant since, String action, String target, String actor, boolean newestFirst) {

        public Query(Instant since, String action, String target) {
            this(since, action, target, null, false);
        }
    }

    /**
     * @param firstBadSeq the first record that does not fit the chain, or null when intact
     * @param problem     what is wrong there, or null when intact
     */
    record Verification(boolean intact, long records, Long firstBadSeq, String problem) {
    }
}
