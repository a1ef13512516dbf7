package dev.keypad.audit;

/**
 * Checks records one by one, oldest first, against the chain: sequence numbers without gaps, and
 * each stored hash equal to the one recomputed from the record and its predecessor. Not
 * thread-safe; one walk per verification.
 */
public final class ChainWalk {

    private long expectedSeq = 1;
    private String previousHash = AuditChain.GENESIS;
    private long records;
    private Long firstBadSeq;
    private String problem;

    public void next(AuditRecord record) {
        records++;
        if (firstBadSeq != null) {
            return;
        }
        if (record.seq() != expectedSeq) {
            fail(expectedSeq, "record " + expectedSeq + " is missing (the next one is " + record.seq() + ")");
            return;
        }
        String expected = AuditChain.hash(previousHash, record);
        if (!expected.equals(record.hash())) {
            fail(record.seq(), "record " + record.seq() + " was changed after it was written (its hash does not match)");
            return;
        }
        previousHash = record.hash();
        expectedSeq++;
    }

    /** The verdict, given the chain's head as stored. */
    public AuditLog.Verification end(long headSeq, String headHash) {
        if (firstBadSeq == null && (headSeq != expectedSeq - 1 || !headHash.equals(previousHash))) {
            fail(expectedSeq, headSeq >= expectedSeq
                    ? "records " + expectedSeq + " to " + headSeq + " are missing from the end of the log"
                    : "the chain's head does not match its last record " + (expectedSeq - 1));
        }
        return new AuditLog.Verification(firstBadSeq == null, records, firstBadSeq, problem);
    }

    private void fail(long seq, String what) {
        firstBadSeq = seq;
        problem = what;
    }
}
