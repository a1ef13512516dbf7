package dev.keypad.audit;

import java.time.Instant;

/**
 * A recorded entry, as stored and shown.
 *
 * @param seq the position in the chain, from 1 without gaps
 * @param at  when it was recorded, to the microsecond
 */
public record AuditRecord(long seq, Instant at, String actor, String action, String target, String source,
                          String outcome, String details, String hash) {
}
