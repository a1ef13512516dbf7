package dev.keypad.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Issue 3's benchmark. (1) The raw Argon2id verify rate in this JVM with the server's default
 * settings: the limit. (2) Phone sign-ins over HTTP at saturation against a real server on H2 and on
 * PostgreSQL, from several numbers of concurrent clients, as throughput, p50 and p99 and a share of
 * the limit. (3) A server-side bulk lock and unlock of a tenth of N users beside plain JDBC on the
 * same engine. Writes {@code <out>/signin-results.md} and the page-query plans to
 * {@code <out>/signin-plans.md}.
 *
 * <p>Arguments: the user count of the bulk part (default 1,000,000) and the output folder (default
 * {@code bench/out}). System properties: {@code bench.parts} (default {@code hash,signin,bulk}),
 * {@code bench.databases} ({@code H2,POSTGRES}), {@code bench.analyze} (true, see {@link BulkUnlock#ANALYZE}),
 * {@code bench.signInUsers} (200), {@code bench.clients} (2,4,8,16), {@code bench.warmUpSeconds} (5),
 * {@code bench.windowSeconds} (20), {@code bench.limitWindowSeconds} (10).
 */
public final class SignInBench {

    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmUpSeconds", 5));
    private static final Duration WINDOW = Duration.ofSeconds(Long.getLong("bench.windowSeconds", 20));
    /** The window of the Argon2 limit measured right after each sign-in load. */
    private static final Duration LIMIT_WINDOW = Duration.ofSeconds(Long.getLong("bench.limitWindowSeconds", 10));
    private static final int SIGN_IN_USERS = Integer.getInteger("bench.signInUsers", 200);
    private static final List<Integer> CLIENTS = Arrays.stream(System.getProperty("bench.clients", "2,4,8,16").split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    private static final List<BenchDatabase> DATABASES = Arrays.stream(
            System.getProperty("bench.databases", "H2,POSTGRES").split(",")).map(String::strip).map(BenchDatabase::valueOf).toList();
    private static final Set<String> PARTS = Set.of(System.getProperty("bench.parts", "hash,signin,bulk").split(","));

    private final SyntheticDirectory directory;
    private final Path out;
    private final SignInReport report = new SignInReport();
    private final StringBuilder plans = new StringBuilder("# Plans of the server's PIN page queries\n\n");

    private SignInBench(SyntheticDirectory directory, Path out) {
        this.directory = directory;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 1_000_000;
        Path out = Path.of(args.length > 1 ? args[1] : "bench/out").toAbsolutePath();
        try {
            new SignInBench(new SyntheticDirectory(count), out).run();
        } finally {
            BenchDatabase.stopPostgres();
        }
        // Spring and the HTTP clients leave non-daemon threads behind; the results are written by now.
        System.exit(0);
    }

    private void run() throws Exception {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Files.createDirectories(out);
        if (PARTS.contains("hash")) {
            measureArgon2();
        }
        for (BenchDatabase database : DATABASES) {
            if (PARTS.contains("signin")) {
                inWorkFolder(database, "signin", work -> measureSignIns(database, work));
            }
        }
        if (PARTS.contains("bulk")) {
            Path csv = out.resolve("users-" + directory.count() + ".csv");
            directory.writeCsv(csv);
            for (BenchDatabase database : DATABASES) {
                inWorkFolder(database, "bulk", work -> report.add(database,
                        BulkUnlock.measure(database, directory, csv, work, plans, line -> BenchLog.progress(database.label() + ": " + line))));
            }
        }
        String text = header(started) + "\n\n" + report.markdown(directory.count(), BulkUnlock.selectedCount(directory));
        Files.writeString(out.resolve("signin-results.md"), text, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("signin-plans.md"), plans, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(text);
    }

    /** The machine, the server and the settings of this run, in one line. */
    private static String header(Instant started) {
        String header = "Started " + started + "; " + Runtime.getRuntime().availableProcessors() + " cores; Java "
                + System.getProperty("java.version") + "; max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; "
                + "server " + System.getProperty("bench.revision", "of unknown revision") + "; " + ArgonLimit.settings()
                + "; warm-up " + WARM_UP.toSeconds() + " s, window " + WINDOW.toSeconds() + " s";
        if (PARTS.contains("bulk")) {
            header += "; planner statistics refreshed (ANALYZE) before bulk operations: " + (BulkUnlock.ANALYZE ? "yes" : "no");
        }
        return header;
    }

    private void measureArgon2() throws Exception {
        Path folder = Files.createTempDirectory(out, "work-argon2-");
        try {
            BenchLog.progress("measuring " + ArgonLimit.settings() + " verify, 1 thread and one per core");
            for (ClosedLoop.Result result : ArgonLimit.withDefaults(folder).measure(WARM_UP, WINDOW)) {
                BenchLog.progress(String.format(Locale.ROOT, "Argon2 %d thread(s): %.1f hashes/s, p50 %.1f ms; CPU %s",
                        result.threads(), result.rate(), result.percentileMillis(50), result.cpu()));
                report.addHashRate(result);
            }
        } finally {
            Workspace.deleteRecursively(folder);
        }
    }

    private void measureSignIns(BenchDatabase database, Path work) throws Exception {
        BenchDatabase.Target target = database.create("signin_bench", work.resolve("keypad-db"));
        try (KeypadRun server = KeypadRun.start(target, work.resolve("keypad-data"))) {
            BenchLog.progress(database.label() + ": giving " + SIGN_IN_USERS + " users a phone PIN");
            SignInLoad load = SignInLoad.prepare(server, new SyntheticDirectory(SIGN_IN_USERS),
                    work.resolve("users-" + SIGN_IN_USERS + ".csv"));
            // The machine's speed drifts by tens of percent within minutes (other virtual machines on the
            // host), so each load is compared with the Argon2 rate measured right after it.
            ArgonLimit argon2 = ArgonLimit.withDefaults(work.resolve("argon2-keys"));
            int cores = Runtime.getRuntime().availableProcessors();
            for (int clients : CLIENTS) {
                ClosedLoop.Result result = load.run(clients, WARM_UP, WINDOW);
                ClosedLoop.Result limit = argon2.measure(cores, Duration.ofSeconds(2), LIMIT_WINDOW);
                BenchLog.progress(String.format(Locale.ROOT, "%s: %d clients: %.1f sign-ins/s, p50 %.0f ms, p99 %.0f ms, %d unexpected; "
                        + "CPU %s; Argon2 limit right after %.1f/s", database.label(), clients, result.rate(),
                        result.percentileMillis(50), result.percentileMillis(99), result.unexpected(), result.cpu(), limit.rate()));
                report.addSignIns(database, result, limit);
            }
        }
    }

    private void inWorkFolder(BenchDatabase database, String part, Workspace.Task task) throws Exception {
        Workspace.run(out, part + "-" + database.name().toLowerCase(Locale.ROOT), task);
    }
}
