package dev.keypad.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where mail goes (SPEC §8): {@code KEYPAD_SMTP_HOST}, {@code _PORT}, {@code _USER},
 * {@code _PASSWORD}, {@code _STARTTLS} and {@code _SSL}, bound as {@code keypad.smtp.*}. Without a
 * host, mails are written as files into the data folder. Immutable; {@link #toString()} hides the
 * password.
 *
 * @param port     25 unless given; 587 is the usual port with STARTTLS, 465 with SSL
 * @param starttls require STARTTLS before logging in and sending
 * @param ssl      connect with TLS from the start (SMTPS)
 * @param timeoutSeconds for connecting, reading and writing, each
 */
@ConfigurationProperties("keypad.smtp")
public record SmtpSettings(String host, @DefaultValue("25") int port, String user, String password,
                           @DefaultValue("false") boolean starttls, @DefaultValue("false") boolean ssl,
                           @DefaultValue("20") int timeoutSeconds) {

    public SmtpSettings {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("keypad.smtp.port (KEYPAD_SMTP_PORT) must be between 1 and 65535, but is " + port);
        }
        if (starttls && ssl) {
            throw new IllegalArgumentException("KEYPAD_SMTP_STARTTLS and KEYPAD_SMTP_SSL exclude each other: STARTTLS "
                    + "upgrades a plain connection, SSL starts with TLS; set one");
        }
        if (user != null && user.isBlank()) {
            user = null;
        }
    }

    /** Whether an SMTP server is configured; else mails become files. */
    public boolean configured() {
        return host != null && !host.isBlank();
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", user=" + user + ", password=" + (password == null ? "none" : "*****")
                + ", starttls=" + starttls + ", ssl=" + ssl + "]";
    }
}
