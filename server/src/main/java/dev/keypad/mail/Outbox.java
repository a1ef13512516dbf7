package dev.keypad.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import dev.keypad.Actor;
import dev.keypad.ConflictException;
import dev.keypad.InvalidInputException;
import dev.keypad.NotFoundException;
import dev.keypad.settings.Settings;

/**
 * The mail outbox (SPEC §5, ADR 8): features queue mails in the transaction of the change that
 * causes them; administrators list, retry and cancel them. A PIN is stored encrypted and never
 * leaves the outbox except in the mail itself. Thread-safe.
 */
@Component
public class Outbox {

    private static final int MAX_PAGE = 1000;

    private final MailQueue queue;
    private final OutboxCipher cipher;
    private final MailSettings settings;
    private final Settings tenant;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DateTimeFormatter times;

    Outbox(MailQueue queue, OutboxCipher cipher, MailSettings settings, Settings tenant, JsonMapper json,
           ApplicationEventPublisher events, Clock clock) {
        this.queue = queue;
        this.cipher = cipher;
        this.settings = settings;
        this.tenant = tenant;
        this.json = json;
        this.events = events;
        this.clock = clock;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(Locale.ENGLISH).withZone(settings.timeZone());
    }

    /**
     * Queues mails in the caller's transaction: they are delivered once it commits, and never if it
     * rolls back.
     *
     * @return the outbox ids, in the order of {@code notices}
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> queue(List<Notice> notices) {
        if (notices.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<MailQueue.NewMail> mails = new ArrayList<>(notices.size());
        for (Notice notice : notices) {
            String messageId = "<" + UUID.randomUUID() + "@" + settings.domain() + ">";
            mails.add(new MailQueue.NewMail(messageId, notice.kind(), notice.userId(), notice.identity(), notice.to(),
                    json.writeValueAsString(notice.values()), notice.secret() == null ? null : cipher.seal(notice.secret(), messageId), now));
        }
        queue.add(mails);
        Map<String, Long> ids = queue.idsOf(mails.stream().map(MailQueue.NewMail::messageId).toList());
        events.publishEvent(new MailEvent.MailsQueued(mails.size()));
        return mails.stream().map(mail -> ids.get(mail.messageId())).toList();
    }

    /**
     * Queues one mail in the caller's transaction when the operation's choice and the tenant setting call
     * for one, to the override address or else the user's primary address.
     *
     * @param notice makes the mail for the address it goes to
     * @return what became of the mail: queued with its id, or why none was
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public MailNote queue(MailChoice choice, String primaryAddress, Function<String, Notice> notice) {
        MailChoice.Decision decision = choice.decide(primaryAddress, automaticMails());
        if (!decision.sends()) {
            return MailNote.of(decision, false);
        }
        long id = queue(List.of(notice.apply(decision.to()))).get(0);
        return new MailNote(MailNote.QUEUED, id, decision.to());
    }

    /** The tenant setting {@code automaticallySendEmailsToUsers}, for mails no operation asked for. */
    public boolean automaticMails() {
        return tenant.current().automaticallySendEmailsToUsers();
    }

    /** A time as mails show it, in the configured zone: "Tuesday, November 24, 2026, 11:15 PM". */
    public String formatTime(Instant instant) {
        return times.format(instant) + " (" + settings.timeZone().getId() + ")";
    }

    /** A page of mails, newest first, and the cursor of the next page (null at the end). */
    public record Page(List<Mail> items, String next) {
    }

    /**
     * @param status one of the {@link Mail} statuses, or null for all
     * @param userId only this user's mails, or null
     * @param after  the cursor of the previous page, or null
     */
    public Page list(String status, Long userId, String after, Integer limit) {
        if (status != null && !List.of(Mail.QUEUED, Mail.SENT, Mail.FAILED, Mail.CANCELLED).contains(status)) {
            throw new InvalidInputException("status", "status '" + status + "' is not one of queued, sent, failed, cancelled");
        }
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_PAGE + ", but is " + size);
        }
        Long before = null;
        if (after != null) {
            try {
                before = Long.parseLong(after);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("after", "after '" + after + "' is not a cursor this listing gave");
            }
        }
        List<Mail> page = queue.page(status, userId, before, size + 1);
        if (page.size() <= size) {
            return new Page(page, null);
        }
        List<Mail> items = page.subList(0, size);
        return new Page(List.copyOf(items), Long.toString(items.get(size - 1).id()));
    }

    /** @throws NotFoundException when there is no such mail (any more) */
    public Mail show(long id) {
        return queue.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Makes a queued or failed mail due now, with a fresh run of attempts.
     *
     * @throws ConflictException for a sent or cancelled mail, or one a relay is sending right now
     */
    @Transactional
    public Mail retry(long id, Actor actor) {
        Mail mail = queue.lock(id).orElseThrow(() -> notFound(id));
        Instant now = clock.instant();
        if (mail.status().equals(Mail.SENT) || mail.status().equals(Mail.CANCELLED)) {
            throw new ConflictException("status", "mail " + id, "Mail " + id + " is " + mail.status() + "; only a queued or failed mail can be retried");
        }
        if (mail.beingSent(now)) {
            throw new ConflictException("status", "mail " + id, "Mail " + id + " is being sent right now; look again in a moment");
        }
        queue.retryNow(id, now);
        Mail after = show(id);
        events.publishEvent(new MailEvent.MailRetried(after, actor));
        events.publishEvent(new MailEvent.MailsQueued(1));
        return after;
    }

    /**
     * Cancels a queued or failed mail and erases its PIN. A mail a relay is sending right now may
     * still arrive; the outbox then shows it as sent.
     *
     * @throws ConflictException for a sent or an already cancelled mail
     */
    @Transactional
    public Mail cancel(long id, Actor actor) {
        Mail mail = queue.lock(id).orElseThrow(() -> notFound(id));
        if (mail.status().equals(Mail.SENT) || mail.status().equals(Mail.CANCELLED)) {
            throw new ConflictException("status", "mail " + id, "Mail " + id + " is " + mail.status() + "; only a queued or failed mail can be cancelled");
        }
        queue.cancel(id);
        Mail after = show(id);
        events.publishEvent(new MailEvent.MailCancelled(after, actor));
        return after;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(Long.toString(id), "There is no mail " + id + " in the outbox");
    }
}
