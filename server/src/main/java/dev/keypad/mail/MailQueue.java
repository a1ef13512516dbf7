package dev.keypad.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox table (ADR 8). Claim, result and administrator calls act on one mail each; a result
 * is recorded only by the relay that holds the claim ({@code claimer} and {@code attempt} match).
 * Implementations are thread-safe.
 */
public interface MailQueue {

    /** A new mail. {@code secret} is null for a mail without PIN. */
    record NewMail(String messageId, MailKind kind, long userId, String identity, String to, String values,
                   OutboxCipher.Sealed secret, Instant now) {
    }

    /** A mail a relay claimed, with what it needs to compose it. */
    record Claimed(long id, int attempt, String messageId, MailKind kind, String to, String values,
                   OutboxCipher.Sealed secret, Instant queuedAt, Instant retryingSince) {
        @Override
        public String toString() {
            return "Claimed[id=" + id + ", attempt=" + attempt + ", kind=" + kind.code() + "]";
        }
    }

    void add(List<NewMail> mails);

    /** The ids of mails by their Message-ID. */
    Map<String, Long> idsOf(Collection<String> messageIds);

    /**
     * Claims up to {@code limit} queued mails due at {@code now}, skipping mails other transactions
     * hold, by moving their next attempt to {@code leaseUntil} and counting the attempt. Must run in
     * a transaction.
     */
    List<Claimed> claim(Instant now, Instant leaseUntil, int limit, String claimer);

    /** Records a delivery and erases the PIN. */
    void sent(Claimed mail, String claimer, Instant now);

    /** Records a failed attempt; the mail is tried again at {@code next}. */
    void retryLater(Claimed mail, String claimer, Instant next, String error);

    /** Records that the mail cannot be delivered; it keeps its PIN for an administrator's retry. */
    void failed(Claimed mail, String claimer, String error);

    /** Gives an unsent claim back, due at {@code now}, without counting its attempt. */
    void release(Claimed mail, String claimer, Instant now);

    Optional<Mail> find(long id);

    /** Reads a mail and holds it against concurrent changes until the transaction ends. */
    Optional<Mail> lock(long id);

    /**
     * Newest first.
     *
     * @param status   null for all
     * @param userId   null for all
     * @param beforeId null to start with the newest
     */
    List<Mail> page(String status, Long userId, Long beforeId, int limit);

    /** Makes a mail due now, with a fresh run of attempts. */
    void retryNow(long id, Instant now);

    /** Cancels a mail and erases its PIN. */
    void cancel(long id);

    /** Deletes the sent, cancelled and failed mails queued before {@code before}. */
    int purge(Instant before);
}
