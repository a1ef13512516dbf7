package dev.keypad.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Where composed mails go: an SMTP server, or files. Implementations are thread-safe. */
interface Delivery {

    /** The mail session messages are composed in. */
    Session session();

    /** Opens a connection for a batch of mails. */
    Connection open() throws MessagingException;

    /** Says where mails go, without secrets, for the start-up log. */
    String describe();

    /** One connection; not thread-safe. */
    interface Connection extends AutoCloseable {

        /** @param fileName a name for the mail, unique in the outbox */
        void send(MimeMessage message, String fileName) throws MessagingException;

        @Override
        void close();
    }
}
