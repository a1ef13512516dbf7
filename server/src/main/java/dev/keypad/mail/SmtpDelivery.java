package dev.keypad.mail;

import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/** Delivers over SMTP, one connection per batch. Thread-safe. */
final class SmtpDelivery implements Delivery {

    private final SmtpSettings smtp;
    private final Session session;

    SmtpDelivery(SmtpSettings smtp) {
        this.smtp = smtp;
        String protocol = smtp.ssl() ? "smtps" : "smtp";
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", smtp.host());
        properties.put("mail." + protocol + ".port", Integer.toString(smtp.port()));
        String timeout = Integer.toString(smtp.timeoutSeconds() * 1000);
        properties.put("mail." + protocol + ".connectiontimeout", timeout);
        properties.put("mail." + protocol + ".timeout", timeout);
        properties.put("mail." + protocol + ".writetimeout", timeout);
        properties.put("mail." + protocol + ".auth", Boolean.toString(smtp.user() != null));
        if (smtp.starttls()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (smtp.starttls() || smtp.ssl()) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        this.session = Session.getInstance(properties);
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public Connection open() throws MessagingException {
        Transport transport = session.getTransport();
        transport.connect(smtp.host(), smtp.port(), smtp.user(), smtp.password());
        return new Connection() {
            @Override
            public void send(MimeMessage message, String fileName) throws MessagingException {
                transport.sendMessage(message, message.getAllRecipients());
            }

            @Override
            public void close() {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // The mails are sent and recorded; a failed QUIT changes nothing.
                }
            }
        };
    }

    @Override
    public String describe() {
        return "SMTP " + smtp.host() + ":" + smtp.port() + (smtp.starttls() ? " with STARTTLS" : smtp.ssl() ? " over TLS" : "")
                + (smtp.user() == null ? "" : " as " + smtp.user());
    }
}
