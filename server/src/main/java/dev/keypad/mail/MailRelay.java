package dev.keypad.mail;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Delivers the outbox (ADR 8): one thread per server claims due mails in batches, sends them
 * outside any transaction and records each result on its own. Woken when this server queues
 * mails, and every poll interval for the rest (other servers' mails, retries). Temporary failures
 * are tried again with a doubling wait; a 5xx reply fails a mail at once. Thread-safe.
 */
final class MailRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);
    private static final int MAX_ERROR = 1000;

    private final MailQueue queue;
    private final MailComposer composer;
    private final Delivery delivery;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** Who holds a claim: this server's process, for the outbox rows and for people reading them. */
    private final String claimer;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private Instant lastPurge = Instant.MIN;

    MailRelay(MailQueue queue, MailComposer composer, Delivery delivery, MailSettings settings,
              PlatformTransactionManager transactions, Clock clock) {
        this.queue = queue;
        this.composer = composer;
        this.delivery = delivery;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.claimer = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    @TransactionalEventListener
    void on(MailEvent.MailsQueued queued) {
        wake.release();
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "keypad-mail-relay");
        thread.setDaemon(true);
        thread.start();
        log.info("Mail relay delivers to {}", delivery.describe());
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                while (running && deliverDue() > 0) {
                    // Go on while there is work: the next batch may be due already.
                }
                purgeHourly();
                wake.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("The mail relay failed and tries again in {}: {}", settings.pollInterval(), e.toString());
                try {
                    Thread.sleep(settings.pollInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /**
     * Claims one batch of due mails and tries to deliver each.
     *
     * @return how many mails were claimed
     */
    int deliverDue() {
        Instant now = clock.instant();
        List<MailQueue.Claimed> batch = transaction.execute(status ->
                queue.claim(now, now.plus(settings.lease()), settings.batchSize(), claimer));
        if (batch.isEmpty()) {
            return 0;
        }
        // Half the lease for the batch: what is left by then goes back before another server may take it.
        long deadline = System.nanoTime() + settings.lease().toNanos() / 2;
        Delivery.Connection connection = null;
        try {
            for (MailQueue.Claimed mail : batch) {
                if (System.nanoTime() > deadline || !running) {
                    queue.release(mail, claimer, clock.instant());
                    continue;
                }
                MimeMessage message;
                try {
                    message = composer.compose(mail, delivery.session());
                } catch (MessagingException | RuntimeException e) {
                    queue.failed(mail, claimer, "Cannot compose the mail: " + describe(e));
                    log.warn("Mail {} cannot be composed: {}", mail.id(), describe(e));
                    continue;
                }
                try {
                    if (connection == null) {
                        connection = delivery.open();
                    }
                    connection.send(message, fileName(mail));
                    queue.sent(mail, claimer, clock.instant());
                } catch (MessagingException e) {
                    failed(mail, e);
                    if (connection != null) {
                        connection.close(); // the next mail starts afresh, whatever state this one left
                        connection = null;
                    }
                }
            }
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
        return batch.size();
    }

    private void failed(MailQueue.Claimed mail, MessagingException e) {
        String error = describe(e);
        Instant now = clock.instant();
        if (permanent(e)) {
            queue.failed(mail, claimer, error);
            log.warn("Mail {} was refused for good: {}", mail.id(), error);
        } else if (now.isAfter(mail.retryingSince().plus(settings.giveUpAfter()))) {
            queue.failed(mail, claimer, "Gave up after " + mail.attempt() + " attempts since " + mail.retryingSince() + ": " + error);
            log.warn("Mail {} could not be delivered in {} and failed: {}", mail.id(), settings.giveUpAfter(), error);
        } else {
            queue.retryLater(mail, claimer, now.plus(settings.retryDelay(mail.attempt())), error);
            log.info("Mail {} not delivered at attempt {}, tried again later: {}", mail.id(), mail.attempt(), error);
        }
    }

    private void purgeHourly() {
        Instant now = clock.instant();
        if (lastPurge.isBefore(now.minusSeconds(3600))) {
            lastPurge = now;
            int purged = transaction.execute(status -> queue.purge(now.minus(settings.keepFor())));
            if (purged > 0) {
                log.info("Deleted {} mails older than {} from the outbox", purged, settings.keepFor());
            }
        }
    }

    /** A 5xx reply or an address that cannot be right will not get better by trying again. */
    static boolean permanent(MessagingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AddressException) {
                return true;
            }
            Integer code = cause instanceof SMTPAddressFailedException failed ? Integer.valueOf(failed.getReturnCode())
                    : cause instanceof SMTPSenderFailedException sender ? Integer.valueOf(sender.getReturnCode())
                    : cause instanceof SMTPSendFailedException send ? Integer.valueOf(send.getReturnCode()) : null;
            if (code != null) {
                return code >= 500;
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().trim());
        Throwable cause = e.getCause();
        if (cause != null && cause != e && cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
            text.append(": ").append(cause.getMessage().trim());
        }
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text.toString();
    }

    private static String fileName(MailQueue.Claimed mail) {
        return String.format("%09d-%s", mail.id(), mail.kind().code());
    }
}
