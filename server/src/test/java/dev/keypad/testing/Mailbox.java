package dev.keypad.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * A real SMTP server for tests (GreenMail) on a port of its own that stays the same across
 * {@link #stop()} and {@link #start()}, so a test can take the server away and bring it back.
 */
public final class Mailbox implements AutoCloseable {

    private final int port;
    private final String login;
    private final String password;
    private GreenMail greenMail;

    public Mailbox() {
        this(null, null);
    }

    /** A mailbox whose SMTP server knows one login, and refuses a client that logs in with another password. */
    public Mailbox(String login, String password) {
        this.login = login;
        this.password = password;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    /** The properties that point a Keypad server at this mailbox, with a quick relay for tests. */
    public Map<String, Object> serverProperties() {
        return Map.of("keypad.smtp.host", "127.0.0.1", "keypad.smtp.port", Integer.toString(port),
                "keypad.mail.from", "Keypad <keypad@litwareinc.com>", "keypad.mail.poll-interval", "200ms");
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        if (login != null) {
            greenMail.setUser(login + "@litwareinc.com", login, password);
        }
        greenMail.start();
    }

    public synchronized void stop() {
        greenMail.stop();
    }

    /** Every mail received since the start, in order of arrival. */
    public synchronized List<Received> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(Received::of).toList();
    }

    /** The mails to one address. */
    public List<Received> to(String address) {
        return received().stream().filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    /** Waits until {@code count} mails reached {@code address}, and returns them. */
    public List<Received> await(String address, int count) {
        eventually(() -> to(address).size() >= count, Duration.ofSeconds(20), "waiting for " + count + " mails to " + address);
        return to(address);
    }

    /** Polls {@code condition} until it holds; fails the test with {@code what} when it does not in time. */
    public static void eventually(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted " + what);
            }
        }
    }

    @Override
    public synchronized void close() {
        greenMail.stop();
    }

    /** A received mail, taken apart. */
    public record Received(String messageId, String from, String to, String subject, String contentType, String text,
                           String html, String autoSubmitted, String kind) {

        static Received of(MimeMessage message) {
            try {
                String text = null;
                String html = null;
                if (message.getContent() instanceof MimeMultipart multipart) {
                    List<BodyPart> parts = new ArrayList<>();
                    for (int i = 0; i < multipart.getCount(); i++) {
                        parts.add(multipart.getBodyPart(i));
                    }
                    for (BodyPart part : parts) {
                        if (part.isMimeType("text/plain")) {
                            text = part.getContent().toString();
                        } else if (part.isMimeType("text/html")) {
                            html = part.getContent().toString();
                        }
                    }
                }
                return new Received(message.getMessageID(), message.getFrom()[0].toString(),
                        message.getAllRecipients()[0].toString(), message.getSubject(), message.getContentType(), text, html,
                        message.getHeader("Auto-Submitted", null), message.getHeader("X-Keypad-Mail", null));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("Cannot read a received mail", e);
            }
        }
    }
}
