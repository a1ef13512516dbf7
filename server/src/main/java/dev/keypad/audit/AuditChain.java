package dev.keypad.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that links each record to the one before it: SHA-256 over the previous hash and every
 * field of the record, each length-prefixed so that no two different records hash alike.
 */
public final class AuditChain {

    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String previousHash, long seq, java.time.Instant at, String actor, String action,
                              String target, String source, String outcome, String details) {
        MessageDigest sha256 = sha256();
        for (String field : new String[] {previousHash, Long.toString(seq), at.toString(), actor, action, target,
                source, outcome, details}) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            sha256.update((field == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.UTF_8));
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    static String hash(String previousHash, AuditRecord record) {
        return hash(previousHash, record.seq(), record.at(), record.actor(), record.action(), record.target(),
                record.source(), record.outcome(), record.details());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
