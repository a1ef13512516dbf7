package dev.keypad.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.time.Duration;
import java.time.ZoneOffset;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Which failures the relay tries again, and how long it waits. */
class MailRelayTests {

    @Test
    void a5xxReplyOrABadAddressFailsAtOnceAndEverythingElseIsTriedAgain() throws Exception {
        InternetAddress ken = new InternetAddress("ken@litwareinc.com");
        SendFailedException refused = new SendFailedException("Invalid Addresses", new SMTPAddressFailedException(ken, "RCPT TO", 550, "no such user"));
        assertThat(MailRelay.permanent(refused)).isTrue();
        assertThat(MailRelay.permanent(new SMTPSendFailedException("DATA", 554, "rejected", null, null, null, null))).isTrue();
        assertThat(MailRelay.permanent(new MessagingException("bad", new AddressException("no @")))).isTrue();

        assertThat(MailRelay.permanent(new SendFailedException("busy", new SMTPAddressFailedException(ken, "RCPT TO", 451, "try later")))).isFalse();
        assertThat(MailRelay.permanent(new MessagingException("Couldn't connect", new ConnectException("Connection refused")))).isFalse();
        assertThat(MailRelay.permanent(new jakarta.mail.AuthenticationFailedException("535 login failed"))).as("fixed by the operator").isFalse();
    }

    @Test
    void theWaitDoublesFromTheFirstRetryUpToTheLongest() {
        MailSettings settings = new MailSettings("Keypad <keypad@litwareinc.com>", Duration.ofSeconds(30), Duration.ofMinutes(15),
                Duration.ofDays(2), Duration.ofMinutes(2), Duration.ofSeconds(5), 50, Duration.ofDays(30), ZoneOffset.UTC);
        assertThat(settings.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.retryDelay(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retryDelay(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(settings.retryDelay(6)).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.retryDelay(500)).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.domain()).isEqualTo("litwareinc.com");
    }
}
