package dev.keypad.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * A local SMTP server in this JVM (GreenMail, as the server's own SMTP tests use) that stores every
 * mail it accepts, as GreenMail does, and records when it arrived. Thread-safe.
 */
final class MailSink implements AutoCloseable {

    /**
     * One accepted mail.
     *
     * @param nanoTime  {@link System#nanoTime()} when the sink took it, before it answered the client
     * @param at        the same moment as a wall-clock time
     * @param messageId the Message-ID header, or null when the mail had none
     * @param to        the envelope recipient
     */
    record Arrival(long nanoTime, Instant at, String messageId, String to) {
    }

    private final GreenMail greenMail;
    private final List<Arrival> arrivals = new ArrayList<>();

    private MailSink() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        MessageDeliveryHandler store = greenMail.getUserManager().getMessageDeliveryHandler();
        greenMail.getUserManager().setMessageDeliveryHandler((message, recipient) -> {
            Arrival arrival = new Arrival(System.nanoTime(), Instant.now(), message.getMessage().getMessageID(), recipient.getEmail());
            synchronized (arrivals) {
                arrivals.add(arrival);
            }
            return store.handle(message, recipient);
        });
    }

    /** Starts a sink on a free port of 127.0.0.1. */
    static MailSink start() {
        return new MailSink();
    }

    int port() {
        return greenMail.getSmtp().getPort();
    }

    /** The server properties that send Keypad's mail here. */
    Map<String, String> serverProperties() {
        return Map.of("keypad.smtp.host", "127.0.0.1", "keypad.smtp.port", Integer.toString(port()),
                "keypad.mail.from", "Keypad <keypad@" + SyntheticDirectory.DOMAIN + ">");
    }

    int arrived() {
        synchronized (arrivals) {
            return arrivals.size();
        }
    }

    /** Every mail accepted so far, in order of arrival. */
    List<Arrival> arrivals() {
        synchronized (arrivals) {
            return List.copyOf(arrivals);
        }
    }

    /** The stored mails, for checking their content. */
    MimeMessage[] messages() {
        return greenMail.getReceivedMessages();
    }

    /**
     * How fast a fresh sink alone takes {@code messages}, sent from one thread the way Keypad's relay
     * sends: one connection per {@code perConnection} mails. Tells whether the sink held the relay up.
     *
     * @return mails per second
     */
    static double capacity(List<MimeMessage> messages, int perConnection) throws MessagingException {
        try (MailSink sink = start()) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", Integer.toString(sink.port()));
            Session session = Session.getInstance(properties);
            long start = System.nanoTime();
            for (int from = 0; from < messages.size(); from += perConnection) {
                try (Transport transport = session.getTransport("smtp")) {
                    transport.connect();
                    for (MimeMessage message : messages.subList(from, Math.min(messages.size(), from + perConnection))) {
                        transport.sendMessage(message, message.getAllRecipients());
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (sink.arrived() != messages.size()) {
                throw new IllegalStateException("The calibration sink took " + sink.arrived() + " of " + messages.size() + " mails");
            }
            return messages.size() / seconds;
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
