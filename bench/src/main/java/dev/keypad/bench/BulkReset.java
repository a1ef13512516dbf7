package dev.keypad.bench;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import jakarta.mail.internet.MimeMessage;

import tools.jackson.databind.JsonNode;

import dev.keypad.policy.PinPolicy;
import dev.keypad.policy.Purpose;

/**
 * Issue 4's measurement on one engine for one purpose. A fresh server, pointed at a {@link MailSink},
 * imports the directory and gives every user a PIN without mail: once, or, for a purpose with PIN
 * history, once more per history entry wanted. Then one {@code POST /pins/set} over a selection of
 * every user resets all PINs to generated ones with mail on; it is timed up to its answer, and the
 * mails up to the last one's arrival at the sink. {@link DeliveredMails} checks the mails. Not
 * thread-safe.
 */
final class BulkReset {

    /** Every generated user: the domain's root OU. */
    static final Map<String, Object> EVERYONE = Map.of("ou", SyntheticDirectory.BASE_DN);
    /** The PINs the preparation rounds set, one per round; each passes every default policy's rules. */
    private static final List<String> GIVEN_PINS = List.of("963852", "741963", "852741", "630741", "529630", "418529");
    private static final Duration RESET_TIMEOUT = Duration.ofMinutes(Long.getLong("bench.resetTimeoutMinutes", 120));
    private static final Duration DELIVERY_TIMEOUT = Duration.ofMinutes(Long.getLong("bench.deliveryTimeoutMinutes", 30));
    /** The relay's {@code keypad.mail.batch-size} default: mails per SMTP connection. */
    private static final int RELAY_BATCH = 50;
    private static final int CAPACITY_SAMPLE = Integer.getInteger("bench.sinkSample", 2000);

    /**
     * What one reset measured.
     *
     * @param historyEntries remembered PINs per user that the generator checked each candidate against
     * @param prepared       the preparation: every round over every user, {@code cores} requests at once
     * @param resetCpu       from the request to its answer
     * @param limitAfter     the 1-thread Argon2 hash rate measured right after the mails arrived
     * @param sinkCapacity   mails per second a fresh sink takes from one client alone
     * @param engine         the database's version and write settings
     */
    record Result(BenchDatabase database, List<String> engine, Purpose purpose, int historyEntries, Measurement imported,
                  Measurement prepared,
                  Measurement reset, CpuUsage resetCpu, DeliveredMails mails, ClosedLoop.Result limitAfter,
                  double sinkCapacity) {

        /** Argon2 runs per PIN: one hash, and one verify per remembered PIN (candidates the cheap rules refuse aside). */
        int argon2PerPin() {
            return 1 + historyEntries;
        }
    }

    private BulkReset() {
    }

    /**
     * @param historyWanted remembered PINs per user before the reset, for purposes whose default
     *                      policy checks history; capped at the policy's {@code historyCount}
     */
    static Result measure(BenchDatabase database, Purpose purpose, int historyWanted, SyntheticDirectory directory, Path csv,
                          Path work, ArgonLimit argon2, Consumer<String> log) throws Exception {
        int users = directory.count();
        int history = Math.min(historyWanted, Math.min(PinPolicy.defaults(purpose).historyCount(), GIVEN_PINS.size() - 1));
        BenchDatabase.Target target = database.create("mail_" + purpose.jsonName(), work.resolve("keypad-db"));
        try (MailSink sink = MailSink.start();
             KeypadRun server = KeypadRun.start(target, work.resolve("keypad-data"), sink.serverProperties())) {
            log.accept("SMTP sink on 127.0.0.1:" + sink.port() + "; Keypad importing " + csv.getFileName());
            Measurement imported = server.importCsv(csv, users);
            log.accept(String.format(Locale.ROOT, "import: %,d users in %.1f s; giving each a %s PIN without mail, %d time(s)",
                    users, seconds(imported), purpose.jsonName(), history + 1));
            Measurement prepared = prepare(server, purpose, history + 1, users, log);
            requireNoMail(target);
            log.accept(String.format(Locale.ROOT, "prepared in %.1f s (%,.1f PINs/s); resetting %,d %s PINs with mail on",
                    seconds(prepared), prepared.rate(), users, purpose.jsonName()));

            CpuUsage.Sample before = CpuUsage.sample();
            long start = System.nanoTime();
            Instant startedAt = Instant.now();
            JsonNode answer;
            try (ProgressWatch watch = ProgressWatch.start(() -> DeliveredMails.progress(target, sink), log)) {
                answer = server.post("/pins/set", Map.of("purpose", purpose.jsonName(), "selection", EVERYONE,
                        "sendEmail", true), RESET_TIMEOUT);
            }
            Measurement reset = Measurement.since(start, answer.get("changed").asLong());
            CpuUsage.Sample answered = CpuUsage.sample();
            CpuUsage resetCpu = CpuUsage.between(before, answered);
            log.accept(String.format(Locale.ROOT, "reset answered: %,d changed in %.1f s (%.1f PINs/s), %,d mails arrived so far; CPU %s",
                    reset.rows(), seconds(reset), reset.rate(), sink.arrived(), resetCpu));
            awaitEmptyOutbox(server);
            DeliveredMails mails = DeliveredMails.check(answer, users, target, sink, start, startedAt, answered, CpuUsage.sample());
            log.accept(mails.summary());

            ClosedLoop.Result limit = argon2.measureHashing(1, Duration.ofSeconds(2), MailBench.LIMIT_WINDOW);
            List<MimeMessage> received = List.of(sink.messages());
            double capacity = MailSink.capacity(received.subList(0, Math.min(received.size(), CAPACITY_SAMPLE)), RELAY_BATCH);
            log.accept(String.format(Locale.ROOT, "Argon2 hash right after, 1 thread: %.1f/s; a fresh sink alone takes %,.0f mails/s",
                    limit.rate(), capacity));
            return new Result(database, database.describe(target), purpose, history, imported, prepared, reset, resetCpu, mails,
                    limit, capacity);
        }
    }

    /**
     * Sets a given PIN for every user, without mail, {@code rounds} times, a different PIN each
     * round, so each round after the first adds one remembered PIN. Each round splits the users by
     * department over one request per core, to use the cores a single request leaves idle. A user
     * the policy refuses the given PIN for (it is their extension or the end of their number) gets a
     * generated one instead.
     */
    private static Measurement prepare(KeypadRun server, Purpose purpose, int rounds, int users, Consumer<String> log)
            throws Exception {
        int requests = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), SyntheticDirectory.DEPARTMENTS.size()));
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        long start = System.nanoTime();
        try {
            for (int round = 0; round < rounds; round++) {
                List<Future<JsonNode>> answers = new ArrayList<>();
                for (String filter : departmentFilters(requests)) {
                    Map<String, Object> body = Map.of("purpose", purpose.jsonName(), "selection", Map.of("ldapFilter", filter),
                            "pin", GIVEN_PINS.get(round), "mustChange", false, "sendEmail", false);
                    answers.add(pool.submit(() -> server.post("/pins/set", body, RESET_TIMEOUT)));
                }
                long changed = 0;
                List<String> refused = new ArrayList<>();
                for (Future<JsonNode> answer : answers) {
                    changed += answer.get().get("changed").asLong();
                    for (JsonNode result : answer.get().get("results")) {
                        if (result.get("outcome").asString().equals("failed")) {
                            refused.add(result.get("identity").asString());
                        }
                    }
                }
                if (!refused.isEmpty()) {
                    changed += server.post("/pins/set", Map.of("purpose", purpose.jsonName(), "identities", refused,
                            "mustChange", false, "sendEmail", false), RESET_TIMEOUT).get("changed").asLong();
                    log.accept("  the policy refused the given PIN for " + refused.size() + " user(s); they got a generated one");
                }
                if (changed != users) {
                    throw new IllegalStateException("Preparation round " + (round + 1) + " set " + changed + " of " + users + " PINs");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return Measurement.since(start, (long) users * rounds);
    }

    /** {@code parts} LDAP filters that together select every user once, by department. */
    private static List<String> departmentFilters(int parts) {
        List<StringBuilder> filters = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            filters.add(new StringBuilder("(|"));
        }
        for (int i = 0; i < SyntheticDirectory.DEPARTMENTS.size(); i++) {
            filters.get(i % parts).append("(department=").append(SyntheticDirectory.DEPARTMENTS.get(i)).append(')');
        }
        return filters.stream().map(filter -> filter.append(')').toString()).toList();
    }

    /** Asks the outbox, as an administrator would, whether any mail is still queued, every 100 ms, until none is. */
    private static void awaitEmptyOutbox(KeypadRun server) throws Exception {
        long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
        while (!server.get("/mails?status=queued&limit=1").get("items").isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Mails were still queued " + DELIVERY_TIMEOUT + " after the reset answered");
            }
            Thread.sleep(100);
        }
    }

    static double seconds(Measurement measurement) {
        return measurement.time().toNanos() / 1e9;
    }

    private static void requireNoMail(BenchDatabase.Target target) throws SQLException {
        long mails = BulkUnlock.count(target, "SELECT COUNT(*) FROM mail_outbox");
        if (mails != 0) {
            throw new IllegalStateException("The preparation queued " + mails + " mails; it asked for none");
        }
    }
}
