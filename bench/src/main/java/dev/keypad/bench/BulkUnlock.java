package dev.keypad.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/**
 * Issue 3's bulk part on one database engine: a fresh server imports the directory, locks the phone
 * PINs of a tenth of the users with one server-side selection and unlocks them with another
 * ({@code where: locked}); the reference, on a fresh database of the same engine with the same
 * schema, inserts the same users and the same locked PIN rows with JDBC batches and unlocks them with
 * one UPDATE. Not thread-safe.
 */
final class BulkUnlock {

    /** About a tenth of the generated users: ten departments, drawn uniformly. */
    static final Query SELECTION = new Query("ldapFilter `(department=Finance)`", "ldapFilter", "(department=Finance)",
            "LOWER(department) = ?", List.of("finance"));
    /** PinSelections.condition(LOCKED): what {@code where: locked} adds to each page query. */
    private static final String LOCKED = "p.lock_reason IN ('administrator', 'failures') OR "
            + "(p.lock_reason = 'temporary' AND p.locked_until > ?)";
    /**
     * Whether to refresh the planner statistics (ANALYZE) after loading and before each timed
     * operation, on both sides, as autovacuum would have done on a database in service. Without them
     * PostgreSQL plans the unlock's page query, and the reference UPDATE, as if the tables were
     * empty: a nested loop that scans every locked PIN for each user, quadratic in the selection.
     */
    static final boolean ANALYZE = Boolean.parseBoolean(System.getProperty("bench.analyze", "true"));
    private static final Duration OPERATION_TIMEOUT = Duration.ofMinutes(Long.getLong("bench.bulkTimeoutMinutes", 120));

    /** The six measurements of one engine; the reference's are the plain JDBC equivalents. */
    record Result(Measurement keypadImport, Measurement keypadLock, Measurement keypadUnlock,
                  Measurement referenceInsert, Measurement referenceLock, Measurement referenceUnlock) {
    }

    private BulkUnlock() {
    }

    /** How many users {@link #SELECTION} selects. */
    static long selectedCount(SyntheticDirectory directory) {
        long count = 0;
        for (Iterator<SyntheticUser> users = directory.users(); users.hasNext(); ) {
            if (users.next().department().equals("Finance")) {
                count++;
            }
        }
        return count;
    }

    /**
     * @param plans receives the plans of the server's page queries, as Markdown
     * @param log   receives progress lines
     * @throws IllegalStateException when the server or the reference changes other than the selected count
     */
    static Result measure(BenchDatabase database, SyntheticDirectory directory, Path csv, Path work, StringBuilder plans,
                          Consumer<String> log) throws IOException, InterruptedException, SQLException {
        long selected = selectedCount(directory);
        Map<String, Object> selection = Map.of(SELECTION.apiParameter(), SELECTION.apiValue());
        Map<String, Object> lockedSelection = Map.of(SELECTION.apiParameter(), SELECTION.apiValue(), "where", "locked");
        BenchDatabase.Target keypadDatabase = database.create("bulk_keypad", work.resolve("keypad-db"));
        Measurement imported;
        Measurement locked;
        Measurement unlocked;
        try (KeypadRun server = KeypadRun.start(keypadDatabase, work.resolve("keypad-data"))) {
            log.accept("Keypad importing " + csv.getFileName());
            imported = server.importCsv(csv, directory.count());
            log.accept(String.format("Keypad import: %,d users in %.1f s; locking %,d PINs", imported.rows(),
                    seconds(imported), selected));
            analyze(keypadDatabase, log);
            String midSipKey = String.format("sip:user%07d@%s", (directory.count() + 1) / 2, SyntheticDirectory.DOMAIN);
            plans.append(PinPagePlans.explain(database, keypadDatabase, server, SELECTION, midSipKey,
                    "pins/lock " + SELECTION.label() + ", before the lock", "1 = 1", List.of()));
            try (ProgressWatch watch = ProgressWatch.lockedPins(keypadDatabase, log)) {
                locked = changed(server, "/pins/lock", Map.of("purpose", "phone", "selection", selection), selected);
            }
            log.accept(String.format("Keypad lock: %,d PINs in %.1f s", locked.rows(), seconds(locked)));
            logPinScans(database, keypadDatabase, log);
            plans.append(PinPagePlans.explain(database, keypadDatabase, server, SELECTION, midSipKey,
                    "pins/lock " + SELECTION.label() + ", after the lock, with the statistics of before it", "1 = 1", List.of()));
            analyze(keypadDatabase, log);
            plans.append(PinPagePlans.explain(database, keypadDatabase, server, SELECTION, midSipKey,
                    "pins/unlock " + SELECTION.label() + " where locked, before the unlock", LOCKED,
                    List.of(OffsetDateTime.now(ZoneOffset.UTC))));
            try (ProgressWatch watch = ProgressWatch.lockedPins(keypadDatabase, log)) {
                unlocked = changed(server, "/pins/unlock", Map.of("purpose", "phone", "selection", lockedSelection), selected);
            }
            log.accept(String.format("Keypad unlock: %,d PINs in %.1f s", unlocked.rows(), seconds(unlocked)));
            logPinScans(database, keypadDatabase, log);
            requireCount(keypadDatabase, "SELECT COUNT(*) FROM pins WHERE lock_reason IS NOT NULL", 0);
            requireCount(keypadDatabase, "SELECT COUNT(*) FROM audit_log WHERE action = 'pin.unlock'", selected);
        }
        BenchDatabase.Target referenceDatabase = database.create("bulk_reference", work.resolve("reference-db"));
        Measurement inserted;
        try (PlainJdbcRun jdbc = PlainJdbcRun.start(database, referenceDatabase)) {
            log.accept("reference inserting users");
            inserted = jdbc.insert(directory);
        }
        try (ReferencePins jdbc = ReferencePins.connect(referenceDatabase)) {
            Measurement lockedRows = require(jdbc.insertLocked(SELECTION.sqlCondition(), SELECTION.sqlValues()), selected, "insert");
            analyze(referenceDatabase, log);
            plans.append("### ").append(database.label()).append(": the reference UPDATE (EXPLAIN, not run)\n\n```\n")
                    .append(jdbc.explainUnlock(SELECTION.sqlCondition(), SELECTION.sqlValues())).append("```\n\n");
            Measurement unlockedRows = require(jdbc.unlock(SELECTION.sqlCondition(), SELECTION.sqlValues()), selected, "UPDATE");
            log.accept(String.format("reference: users %.1f s, locked rows %.1f s, UPDATE %.2f s", seconds(inserted),
                    seconds(lockedRows), seconds(unlockedRows)));
            return new Result(imported, locked, unlocked, inserted, lockedRows, unlockedRows);
        }
    }

    /** Posts a PIN operation and times it up to the parsed answer, which must report {@code expected} changes. */
    private static Measurement changed(KeypadRun server, String path, Map<String, Object> body, long expected)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        JsonNode answer = server.post(path, body, OPERATION_TIMEOUT);
        Measurement measurement = Measurement.since(start, answer.get("changed").asLong());
        if (measurement.rows() != expected || answer.get("failed").asLong() != 0) {
            throw new IllegalStateException(path + " changed " + measurement.rows() + " PINs, failed "
                    + answer.get("failed").asLong() + "; expected " + expected + " changes");
        }
        return measurement;
    }

    private static Measurement require(Measurement measurement, long expected, String what) {
        if (measurement.rows() != expected) {
            throw new IllegalStateException("The reference " + what + " touched " + measurement.rows() + " rows, expected " + expected);
        }
        return measurement;
    }

    /** Refreshes the planner statistics of every table, if {@link #ANALYZE}; untimed. */
    private static void analyze(BenchDatabase.Target target, Consumer<String> log) throws SQLException {
        if (!ANALYZE) {
            return;
        }
        long start = System.nanoTime();
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
        log.accept(String.format("ANALYZE in %.1f s (untimed)", (System.nanoTime() - start) / 1e9));
    }

    /**
     * PostgreSQL's running totals for the pins table: how it was read (sequential scans and the rows
     * they read, index scans) and when autovacuum last analyzed it; they tell a plan made for an
     * empty table from one that found the rows by key.
     */
    private static void logPinScans(BenchDatabase database, BenchDatabase.Target target, Consumer<String> log)
            throws SQLException {
        if (database != BenchDatabase.POSTGRES) {
            return;
        }
        try (Connection connection = target.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT seq_scan, seq_tup_read, idx_scan, n_live_tup, last_analyze, "
                     + "last_autoanalyze, autoanalyze_count FROM pg_stat_user_tables WHERE relname = 'pins'")) {
            rs.next();
            log.accept(String.format("pins so far: %,d sequential scans read %,d rows; %,d index scans; %,d live rows; "
                    + "last ANALYZE %s, last autoanalyze %s (%d in all)", rs.getLong(1), rs.getLong(2), rs.getLong(3),
                    rs.getLong(4), rs.getObject(5), rs.getObject(6), rs.getLong(7)));
        }
    }

    private static void requireCount(BenchDatabase.Target target, String sql, long expected) throws SQLException {
        long count = count(target, sql);
        if (count != expected) {
            throw new IllegalStateException(sql + " gave " + count + ", expected " + expected);
        }
    }

    static long count(BenchDatabase.Target target, String sql) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double seconds(Measurement measurement) {
        return measurement.time().toNanos() / 1e9;
    }
}
