package dev.keypad.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import tools.jackson.databind.JsonNode;

/**
 * The mails of one bulk reset as the sink and the outbox saw them, and what was wrong with them.
 * Times are seconds from the moment the reset request was sent. Immutable.
 *
 * @param mails              mails that arrived at the sink
 * @param firstSeconds       the first arrival
 * @param lastSeconds        the last arrival
 * @param answerSeconds      when the reset answered
 * @param beforeAnswer       mails that arrived before the reset answered, while later batches were still hashed
 * @param outboxEmptySeconds when {@code GET /mails?status=queued} first came back empty (polled every 100 ms)
 * @param firstSentSeconds   the outbox's earliest {@code sent_at}
 * @param lastSentSeconds    the outbox's latest {@code sent_at}
 * @param tailCpu            from the answer until the outbox was empty
 * @param problems           what the checks found; empty when each of the N mails arrived exactly once
 *                           (by Message-ID), to its user, with the PIN the answer gave, every outbox row
 *                           is sent after one attempt, and no row still holds a secret
 */
record DeliveredMails(int mails, double firstSeconds, double lastSeconds, double answerSeconds, int beforeAnswer,
                      double outboxEmptySeconds, double firstSentSeconds, double lastSentSeconds, CpuUsage tailCpu,
                      List<String> problems) {

    /** Mails per second from the first arrival to the last. */
    double rate() {
        return mails / (lastSeconds - firstSeconds);
    }

    /** Mails per second that arrived after the reset answered, when the relay had the second core to itself. */
    double tailRate() {
        return (mails - beforeAnswer) / (lastSeconds - answerSeconds);
    }

    String summary() {
        return String.format(Locale.ROOT, "mails: %,d arrived from %.2f s to %.2f s (%,.1f/s), %,d before the answer at %.2f s; "
                + "%,d after it in %.2f s (%,.1f/s); outbox sent_at %.2f–%.2f s, no mail queued at %.2f s; CPU after the answer %s; %s",
                mails, firstSeconds, lastSeconds, rate(), beforeAnswer, answerSeconds, mails - beforeAnswer,
                lastSeconds - answerSeconds, tailRate(), firstSentSeconds, lastSentSeconds, outboxEmptySeconds, tailCpu,
                problems.isEmpty() ? "checks passed" : "PROBLEMS: " + String.join("; ", problems));
    }

    /** The outbox by status and the sink's count, for the progress log. */
    static String progress(BenchDatabase.Target target, MailSink sink) throws SQLException {
        Map<String, Long> byStatus = new TreeMap<>();
        try (Connection connection = target.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT status, COUNT(*) FROM mail_outbox GROUP BY status")) {
            while (rs.next()) {
                byStatus.put(rs.getString(1), rs.getLong(2));
            }
        }
        return String.format(Locale.ROOT, "outbox (committed) %s; %,d mails arrived at the sink", byStatus, sink.arrived());
    }

    /**
     * Times the mails and checks them against the reset's answer and the outbox table.
     *
     * @param start    {@link System#nanoTime()} when the reset was sent; {@code startedAt} the same moment
     * @param answered when the reset answered
     * @param emptied  when no mail was queued any more
     */
    static DeliveredMails check(JsonNode answer, int users, BenchDatabase.Target target, MailSink sink, long start,
                                Instant startedAt, CpuUsage.Sample answered, CpuUsage.Sample emptied)
            throws SQLException, MessagingException, IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> pins = pinsByAddress(answer, users, problems);
        List<MailSink.Arrival> arrivals = sink.arrivals();
        if (arrivals.isEmpty()) {
            throw new IllegalStateException("No mail arrived at the sink; " + progress(target, sink));
        }
        Map<String, Integer> byMessageId = new HashMap<>();
        Set<String> recipients = new HashSet<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int beforeAnswer = 0;
        for (MailSink.Arrival arrival : arrivals) {
            byMessageId.merge(String.valueOf(arrival.messageId()), 1, Integer::sum);
            recipients.add(arrival.to().toLowerCase(Locale.ROOT));
            first = Math.min(first, arrival.nanoTime());
            last = Math.max(last, arrival.nanoTime());
            beforeAnswer += arrival.nanoTime() < answered.wallNanos() ? 1 : 0;
        }
        if (arrivals.size() != users) {
            problems.add(arrivals.size() + " mails arrived for " + users + " users");
        }
        long repeated = byMessageId.values().stream().filter(count -> count > 1).count();
        if (repeated > 0) {
            problems.add(repeated + " Message-IDs arrived more than once");
        }
        if (!recipients.equals(pins.keySet())) {
            problems.add(recipients.size() + " distinct recipients, " + pins.size() + " addresses in the answer, and they differ");
        }
        problems.addAll(outboxProblems(target, byMessageId.keySet()));
        problems.addAll(wrongContent(sink.messages(), pins));
        Instant[] sent = sentRange(target);
        return new DeliveredMails(arrivals.size(), (first - start) / 1e9, (last - start) / 1e9,
                (answered.wallNanos() - start) / 1e9, beforeAnswer, (emptied.wallNanos() - start) / 1e9,
                secondsBetween(startedAt, sent[0]), secondsBetween(startedAt, sent[1]), CpuUsage.between(answered, emptied),
                List.copyOf(problems));
    }

    /** Rows of the outbox that the sink did not get, or that are not sent once with their secret erased. */
    private static List<String> outboxProblems(BenchDatabase.Target target, Set<String> arrived) throws SQLException {
        List<String> problems = new ArrayList<>();
        Set<String> queued = new HashSet<>();
        try (Connection connection = target.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT message_id FROM mail_outbox")) {
            while (rs.next()) {
                queued.add(rs.getString(1));
            }
        }
        if (!queued.equals(arrived)) {
            problems.add("the outbox holds " + queued.size() + " Message-IDs and the sink got " + arrived.size() + ", not the same");
        }
        for (String[] rule : new String[][] {
                {"SELECT COUNT(*) FROM mail_outbox WHERE secret IS NOT NULL OR secret_key_version IS NOT NULL", "rows still hold a secret"},
                {"SELECT COUNT(*) FROM mail_outbox WHERE status <> 'sent'", "rows are not sent"},
                {"SELECT COUNT(*) FROM mail_outbox WHERE attempts <> 1", "rows took more than one attempt"}}) {
            long count = BulkUnlock.count(target, rule[0]);
            if (count != 0) {
                problems.add(count + " outbox " + rule[1]);
            }
        }
        return problems;
    }

    /** The new PIN of each user by mail address, from the answer; notes a result without a queued mail. */
    private static Map<String, String> pinsByAddress(JsonNode answer, int users, List<String> problems) {
        if (answer.get("changed").asLong() != users || answer.get("failed").asLong() != 0) {
            problems.add("the reset changed " + answer.get("changed").asLong() + " and failed " + answer.get("failed").asLong()
                    + " of " + users + " PINs");
        }
        Map<String, String> pins = new HashMap<>();
        int withoutMail = 0;
        for (JsonNode result : answer.get("results")) {
            JsonNode mail = result.get("mail");
            if (mail == null || mail.isNull() || !mail.get("status").asString().equals("queued") || result.get("pin") == null) {
                withoutMail++;
                continue;
            }
            pins.put(mail.get("to").asString().toLowerCase(Locale.ROOT), result.get("pin").asString());
        }
        if (withoutMail > 0) {
            problems.add(withoutMail + " results had no generated PIN or no queued mail");
        }
        return pins;
    }

    /** Mails whose plain-text part lacks the PIN the answer gave their recipient, or that are not a set/reset mail. */
    private static List<String> wrongContent(MimeMessage[] messages, Map<String, String> pins)
            throws MessagingException, IOException {
        int withoutPin = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        for (MimeMessage message : messages) {
            String pin = pins.get(message.getAllRecipients()[0].toString().toLowerCase(Locale.ROOT));
            kinds.merge(String.valueOf(message.getHeader("X-Keypad-Mail", null)), 1, Integer::sum);
            // The PIN as a number of its own: a SIP address such as user0012345 holds other PINs' digits.
            if (pin == null || !Pattern.compile("(?<![0-9])" + pin + "(?![0-9])").matcher(plainText(message)).find()) {
                withoutPin++;
            }
        }
        List<String> problems = new ArrayList<>();
        if (withoutPin > 0) {
            problems.add(withoutPin + " mails do not hold their user's new PIN");
        }
        if (!kinds.keySet().equals(Set.of("pin-set"))) {
            problems.add("mail kinds " + kinds + ", expected only pin-set");
        }
        return problems;
    }

    private static String plainText(MimeMessage message) throws MessagingException, IOException {
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return part.getContent().toString();
                }
            }
        }
        return "";
    }

    private static Instant[] sentRange(BenchDatabase.Target target) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT MIN(sent_at), MAX(sent_at) FROM mail_outbox")) {
            rs.next();
            OffsetDateTime min = rs.getObject(1, OffsetDateTime.class);
            OffsetDateTime max = rs.getObject(2, OffsetDateTime.class);
            return new Instant[] {min == null ? null : min.toInstant(), max == null ? null : max.toInstant()};
        }
    }

    private static double secondsBetween(Instant from, Instant to) {
        return to == null ? Double.NaN : Duration.between(from, to).toNanos() / 1e9;
    }
}
