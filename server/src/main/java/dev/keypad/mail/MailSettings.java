package dev.keypad.mail;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * How the outbox delivers ({@code keypad.mail.*}; {@code KEYPAD_MAIL_FROM} is {@code from}). Immutable.
 *
 * @param from         the From address, e.g. {@code Keypad <keypad@litwareinc.com>}
 * @param firstRetry   the wait after the first failed attempt; it doubles with each failure
 * @param longestRetry the longest wait between attempts
 * @param giveUpAfter  how long attempts go on before a mail is marked failed
 * @param lease        how long a relay's claim on a mail lasts; a server that dies while sending
 *                     leaves its mails to be sent again after it
 * @param pollInterval how often a relay looks for due mails it was not told about (other servers', retries)
 * @param batchSize    mails claimed at once
 * @param keepFor      how long sent, cancelled and failed mails stay listed
 * @param timeZone     the zone times are shown in, in mails; the server's own zone unless given
 */
@ConfigurationProperties("keypad.mail")
public record MailSettings(@DefaultValue("Keypad <keypad@localhost>") String from,
                           @DefaultValue("30s") Duration firstRetry, @DefaultValue("15m") Duration longestRetry,
                           @DefaultValue("2d") Duration giveUpAfter, @DefaultValue("2m") Duration lease,
                           @DefaultValue("5s") Duration pollInterval, @DefaultValue("50") int batchSize,
                           @DefaultValue("30d") Duration keepFor, ZoneId timeZone) {

    public MailSettings {
        try {
            new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("keypad.mail.from (KEYPAD_MAIL_FROM) is not a mail address: " + from);
        }
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("keypad.mail.batch-size must be between 1 and 1000, but is " + batchSize);
        }
        if (timeZone == null) {
            timeZone = ZoneId.systemDefault();
        }
    }

    /** The wait before the attempt after {@code failedAttempts} failures: doubling, up to {@link #longestRetry}. */
    Duration retryDelay(int failedAttempts) {
        Duration delay = firstRetry;
        for (int i = 1; i < failedAttempts && delay.compareTo(longestRetry) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longestRetry) > 0 ? longestRetry : delay;
    }

    /** The domain of the From address, for Message-IDs. */
    String domain() {
        try {
            String address = new InternetAddress(from, true).getAddress();
            return address.substring(address.indexOf('@') + 1);
        } catch (AddressException e) {
            throw new IllegalStateException(e);
        }
    }
}
