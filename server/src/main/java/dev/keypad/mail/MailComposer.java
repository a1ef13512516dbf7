package dev.keypad.mail;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a claimed outbox row into a MIME message: opens its secret (PIN or link), renders its templates and builds
 * a multipart/alternative mail with the row's Message-ID and its queue time as Date, so every
 * attempt sends the same mail. Thread-safe.
 */
final class MailComposer {

    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };

    private final MailTemplates templates;
    private final OutboxCipher cipher;
    private final JsonMapper json;
    private final InternetAddress from;

    MailComposer(MailTemplates templates, OutboxCipher cipher, JsonMapper json, MailSettings settings) {
        this.templates = templates;
        this.cipher = cipher;
        this.json = json;
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalArgumentException("keypad.mail.from is not a mail address: " + settings.from(), e);
        }
    }

    MimeMessage compose(MailQueue.Claimed mail, Session session) throws MessagingException {
        Map<String, String> values = new HashMap<>(json.readValue(mail.values(), VALUES));
        if (mail.secret() != null) {
            values.put(mail.kind().secret(), cipher.open(mail.secret(), mail.messageId()));
        }
        MailTemplates.Rendered rendered = templates.render(mail.kind(), values);
        MimeMessage message = new FixedIdMessage(session, mail.messageId());
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(rendered.subject(), "UTF-8");
        message.setSentDate(Date.from(mail.queuedAt()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Keypad-Mail", mail.kind().code());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(rendered.text(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(rendered.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** A message that keeps the Message-ID it was queued with, on every attempt. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
