package dev.keypad.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 2's benchmark: imports N generated users into a real Keypad server and runs LDAP-filter and OU
 * selections through the API, on H2 and on PostgreSQL, and does the same work with plain JDBC on a
 * fresh database of the same engine as the reference. Writes the results table to stdout and to
 * {@code <out>/results.md}.
 *
 * <p>Arguments: the user count (default 1,000,000) and the output folder (default {@code bench/out});
 * {@code -Dbench.selectionBudgetSeconds} (default 600) caps each Keypad selection.
 */
public final class DirectoryBench {

    /**
     * How long one Keypad selection may page before it is stopped and recorded as unfinished; a
     * selection whose every page rescans the whole OU would otherwise take hours on a million users.
     */
    private static final Duration SELECTION_BUDGET = Duration.ofSeconds(Long.getLong("bench.selectionBudgetSeconds", 600));

    private final SyntheticDirectory directory;
    private final Path out;
    private final ResultsTable results = new ResultsTable();
    private final List<String> notes = new ArrayList<>();
    private final List<String> loads = new ArrayList<>();
    private final StringBuilder plans = new StringBuilder("# How the databases ran the selections\n\n");

    private DirectoryBench(SyntheticDirectory directory, Path out) {
        this.directory = directory;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 1_000_000;
        Path out = Path.of(args.length > 1 ? args[1] : "bench/out").toAbsolutePath();
        boolean consistent;
        try {
            consistent = new DirectoryBench(new SyntheticDirectory(count), out).run();
        } finally {
            BenchDatabase.stopPostgres();
        }
        // Spring and the HTTP client leave non-daemon threads behind; the results are written by now.
        System.exit(consistent ? 0 : 1);
    }

    private boolean run() throws Exception {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path csv = out.resolve("users-" + directory.count() + ".csv");
        long start = System.nanoTime();
        long bytes = directory.writeCsv(csv);
        BenchLog.progress("generated " + csv + " (" + bytes / (1024 * 1024) + " MiB) in " + Measurement.since(start, 0).seconds());
        for (BenchDatabase database : BenchDatabase.values()) {
            Workspace.run(out, database.name().toLowerCase(Locale.ROOT), work -> measure(database, csv, work));
        }
        String report = "Users: " + String.format(Locale.ROOT, "%,d", directory.count()) + "; started " + started
                + "; server " + System.getProperty("bench.revision", "of unknown revision")
                + "; " + Runtime.getRuntime().availableProcessors() + " cores; Java " + System.getProperty("java.version")
                + "; max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; Keypad selections stopped after "
                + SELECTION_BUDGET.toSeconds() + " s\n\n"
                + String.join("\n", notes) + "\n- 1-minute load average after each operation, in the order measured (per database: Keypad import and selections, then the reference): "
                + String.join(", ", loads) + "\n\n" + results.markdown();
        Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("plans.md"), plans, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
        if (!results.consistent()) {
            System.out.println("Keypad and the reference disagree on row counts (marked with !)");
        }
        return results.consistent();
    }

    private void measure(BenchDatabase database, Path csv, Path work) throws Exception {
        List<Query> queries = Query.directorySelections();
        List<Measurement> keypad = new ArrayList<>();
        BenchDatabase.Target keypadDatabase = database.create("keypad_bench", work.resolve("keypad-db"));
        try (KeypadRun server = KeypadRun.start(keypadDatabase, work.resolve("keypad-data"))) {
            notes.add("- " + database.label() + ": " + String.join("; ", database.describe(keypadDatabase)));
            BenchLog.progress(database.label() + ": Keypad importing " + csv.getFileName());
            keypad.add(logged(database, "Keypad import", server.importCsv(csv, directory.count())));
            for (Query query : queries) {
                keypad.add(logged(database, "Keypad " + query.label(), server.select(query, SELECTION_BUDGET)));
            }
            String midSipKey = String.format("sip:user%07d@%s", (directory.count() + 1) / 2, SyntheticDirectory.DOMAIN);
            for (Query query : queries) {
                plans.append(SelectionPlans.server(database, keypadDatabase, server, query, midSipKey));
            }
        }
        List<Measurement> reference = new ArrayList<>();
        BenchDatabase.Target referenceDatabase = database.create("reference_bench", work.resolve("reference-db"));
        try (PlainJdbcRun jdbc = PlainJdbcRun.start(database, referenceDatabase)) {
            BenchLog.progress(database.label() + ": reference inserting");
            reference.add(logged(database, "reference insert", jdbc.insert(directory)));
            for (Query query : queries) {
                reference.add(logged(database, "reference " + query.label(), jdbc.select(query)));
            }
            for (Query query : queries) {
                plans.append(SelectionPlans.reference(database, referenceDatabase, query));
            }
        }
        results.add("import " + String.format(Locale.ROOT, "%,d", directory.count()) + " users (reference: JDBC batches of "
                + PlainJdbcRun.BATCH_SIZE + ")", database, keypad.get(0), reference.get(0));
        for (int i = 0; i < queries.size(); i++) {
            results.add(queries.get(i).label(), database, keypad.get(i + 1), reference.get(i + 1));
        }
    }

    private Measurement logged(BenchDatabase database, String what, Measurement measurement) {
        String load = BenchLog.loadAverage();
        loads.add(load);
        BenchLog.progress(database.label() + ": " + what + ": " + String.format(Locale.ROOT, "%,d rows in %s, %,.0f rows/s%s",
                measurement.rows(), measurement.seconds(), measurement.rate(),
                measurement.complete() ? "" : " (stopped at the time budget before the end)") + "; load " + load);
        return measurement;
    }
}
