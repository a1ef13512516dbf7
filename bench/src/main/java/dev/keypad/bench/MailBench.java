package dev.keypad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.keypad.policy.Purpose;

/**
 * Issue 4's benchmark: a bulk reset of N users with mail on, to an SMTP sink in this JVM, on H2 and
 * on PostgreSQL. Measures the raw Argon2id hash rate first (the ceiling of any bulk set), then per
 * engine and purpose one {@code POST /pins/set} with generated PINs over every user: PINs reset per
 * second, mails delivered per second, and whether delivery overlapped the reset. Writes
 * {@code <out>/mail-results.md}; exits with 1 when a mail check failed.
 *
 * <p>Arguments: the user count (default 10,000) and the output folder (default {@code bench/out}).
 * System properties: {@code bench.databases} ({@code H2,POSTGRES}), {@code bench.purposes}
 * ({@code phone}; {@code phone,voicemail} adds voicemail), {@code bench.history} (1: remembered
 * PINs per user before a voicemail reset, up to 5), {@code bench.warmUpSeconds} (5),
 * {@code bench.windowSeconds} (20), {@code bench.limitWindowSeconds} (10), {@code bench.sinkSample}
 * (2000), {@code bench.resetTimeoutMinutes} (120), {@code bench.deliveryTimeoutMinutes} (30).
 */
public final class MailBench {

    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmUpSeconds", 5));
    static final Duration WINDOW = Duration.ofSeconds(Long.getLong("bench.windowSeconds", 20));
    /** The window of the 1-thread hash rate measured right after each reset. */
    static final Duration LIMIT_WINDOW = Duration.ofSeconds(Long.getLong("bench.limitWindowSeconds", 10));
    private static final List<BenchDatabase> DATABASES = Arrays.stream(
            System.getProperty("bench.databases", "H2,POSTGRES").split(",")).map(String::strip).map(BenchDatabase::valueOf).toList();
    private static final List<Purpose> PURPOSES = Arrays.stream(System.getProperty("bench.purposes", "phone").split(","))
            .map(String::strip).map(Purpose::parse).toList();
    private static final int HISTORY = Integer.getInteger("bench.history", 1);

    private final SyntheticDirectory directory;
    private final Path out;
    private final MailReport report = new MailReport();

    private MailBench(SyntheticDirectory directory, Path out) {
        this.directory = directory;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 10_000;
        Path out = Path.of(args.length > 1 ? args[1] : "bench/out").toAbsolutePath();
        boolean passed;
        try {
            passed = new MailBench(new SyntheticDirectory(count), out).run();
        } finally {
            BenchDatabase.stopPostgres();
        }
        // Spring, GreenMail and the HTTP clients leave non-daemon threads behind; the results are written by now.
        System.exit(passed ? 0 : 1);
    }

    private boolean run() throws Exception {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Files.createDirectories(out);
        Path csv = out.resolve("users-" + directory.count() + ".csv");
        directory.writeCsv(csv);
        Workspace.run(out, "mail-argon2", keys -> {
            ArgonLimit argon2 = ArgonLimit.withDefaults(keys);
            BenchLog.progress("measuring " + ArgonLimit.settings() + " hashing, 1 thread and one per core");
            for (int threads : threadCounts()) {
                ClosedLoop.Result result = argon2.measureHashing(threads, WARM_UP, WINDOW);
                BenchLog.progress(String.format(Locale.ROOT, "Argon2 hash, %d thread(s): %.1f/s, p50 %.1f ms; CPU %s",
                        threads, result.rate(), result.percentileMillis(50), result.cpu()));
                report.addHashRate(result);
            }
            for (BenchDatabase database : DATABASES) {
                for (Purpose purpose : PURPOSES) {
                    String name = "mail-" + database.name().toLowerCase(Locale.ROOT) + "-" + purpose.jsonName();
                    Workspace.run(out, name, work -> report.add(BulkReset.measure(database, purpose, HISTORY, directory, csv, work,
                            argon2, line -> BenchLog.progress(database.label() + " " + purpose.jsonName() + ": " + line))));
                }
            }
        });
        String text = header(started) + "\n\n" + report.markdown(directory.count());
        Files.writeString(out.resolve("mail-results.md"), text, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(text);
        if (!report.passed()) {
            System.out.println("Some mail checks failed; see the checks column.");
        }
        return report.passed();
    }

    private static List<Integer> threadCounts() {
        int cores = Runtime.getRuntime().availableProcessors();
        return cores == 1 ? List.of(1) : List.of(1, cores);
    }

    /** The machine, the server and the settings of this run, in one line. */
    private String header(Instant started) {
        return String.format(Locale.ROOT, "Users: %,d; started %s; %s; Java %s; max heap %d MiB; server %s; %s; "
                        + "warm-up %d s, window %d s; SMTP sink GreenMail in this JVM", directory.count(), started, machine(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("bench.revision", "of unknown revision"), ArgonLimit.settings(), WARM_UP.toSeconds(),
                WINDOW.toSeconds());
    }

    /** Cores, CPU model, memory and operating system, as far as Linux's {@code /proc} tells. */
    private static String machine() {
        String model = "unknown CPU";
        String memory = "unknown memory";
        try {
            model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse(model);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / (1024 * 1024) + " GiB RAM").findFirst().orElse(memory);
        } catch (IOException | RuntimeException e) {
            // Not Linux: the cores and Java version below still say something.
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + model + "), " + memory + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }
}
