package dev.keypad.pin;

import java.time.Instant;

import dev.keypad.mail.Notice;
import dev.keypad.policy.ScopedPolicy;

/**
 * One kind of PIN operation, applied target by target. {@link #prepare} runs outside any
 * transaction and may be slow (generating and hashing a PIN); {@link #apply} runs with the PIN
 * record locked and must be quick.
 *
 * @param <P> what {@code prepare} hands to {@code apply}
 */
interface PinStep<P> {

    /** @throws InvalidPinException when the target's PIN would break the policy */
    P prepare(PinTarget target, ScopedPolicy policy);

    /** The change to make to a record, given what was prepared; null when there is nothing to change. */
    Change apply(PinTarget target, PinRecord current, ScopedPolicy policy, P prepared, Instant now);

    /** The action name of the audit log, e.g. {@code pin.unlock}. */
    String action();

    /** Whether targets without a record get one (locking or setting a PIN needs a row to write). */
    boolean createsRecords();

    /**
     * @param after        the record to store
     * @param result       what to answer for this target
     * @param auditDetails what the audit log says was done (never a PIN)
     * @param replacedHash the hash of the PIN this change replaces, for the history; or null
     * @param notice       the mail to queue with the change, or null
     */
    record Change(PinRecord after, PinResult result, String auditDetails, String replacedHash, Notice notice) {

        Change(PinRecord after, PinResult result, String auditDetails, String replacedHash) {
            this(after, result, auditDetails, replacedHash, null);
        }
    }
}
