package dev.keypad.mail;

import java.time.Instant;

/**
 * A mail of the outbox as the API and the CLI show it: never its PIN or its body. Immutable.
 *
 * @param status        {@link #QUEUED}, {@link #SENT}, {@link #FAILED} or {@link #CANCELLED}
 * @param nextAttemptAt when a queued mail is tried next (or, while it is being sent, when its claim runs out)
 * @param lastError     why the last attempt failed, or null
 * @param holdsPin      whether the outbox still holds the mail's secret (a PIN or a sign-in link), encrypted
 * @param sendingUntil  while a relay is sending the mail, when its claim runs out; else null
 */
public record Mail(long id, String messageId, String kind, String identity, String to, String status, int attempts,
                   Instant queuedAt, Instant nextAttemptAt, Instant sentAt, String lastError, boolean holdsPin,
                   Instant sendingUntil) {

    public static final String QUEUED = "queued";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";

    /** Whether a relay is sending it right now. */
    public boolean beingSent(Instant now) {
        return sendingUntil != null && sendingUntil.isAfter(now);
    }
}
