package dev.keypad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import dev.keypad.directory.ListingCursor;

/**
 * Issue 7's benchmark: imports N generated users into a real Keypad server on H2 and on PostgreSQL,
 * signs in to the console, and pages a broad OU, a selective LDAP filter and a display-name wildcard
 * through the console's users page ({@code GET /console/users}, following "Next page"), each page
 * timed, beside the API's {@code GET /api/v1/users} with the same page size as the reference. Each
 * selection is paged from its first page and from a cursor nine tenths of the way through the SIP
 * addresses, to show that a page costs the same however deep it is. Writes
 * {@code <out>/console-results.md} and every page's time to {@code <out>/console-pages.csv}; fails when
 * the console and the API show different users.
 *
 * <p>Arguments: the user count (default 1,000,000) and the output folder (default {@code bench/out}).
 * System properties: {@code bench.consolePages} (pages per run, default 200), {@code bench.consolePageSize}
 * (50, the console's default), {@code bench.databases} ({@code H2,POSTGRES}).
 */
public final class ConsoleBench {

    private static final int PAGES = Integer.getInteger("bench.consolePages", 200);
    private static final int PAGE_SIZE = Integer.getInteger("bench.consolePageSize", 50);
    /** Pages of everyone fetched both ways before measuring, so that the first measured pages do not pay for JIT and template compilation. */
    private static final int WARM_UP_PAGES = 100;
    private static final List<BenchDatabase> DATABASES = Arrays.stream(
            System.getProperty("bench.databases", "H2,POSTGRES").split(",")).map(String::strip).map(BenchDatabase::valueOf).toList();

    private final SyntheticDirectory directory;
    private final Path out;
    private final ConsoleReport report = new ConsoleReport();

    private ConsoleBench(SyntheticDirectory directory, Path out) {
        this.directory = directory;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 1_000_000;
        Path out = Path.of(args.length > 1 ? args[1] : "bench/out").toAbsolutePath();
        int status = 0;
        try {
            new ConsoleBench(new SyntheticDirectory(count), out).run();
        } catch (IllegalStateException e) {
            // A page that failed, or the console and the API disagreeing: the message says where.
            e.printStackTrace();
            status = 1;
        } finally {
            BenchDatabase.stopPostgres();
        }
        // Spring and the HTTP clients leave non-daemon threads behind, which would keep the JVM alive.
        System.exit(status);
    }

    private void run() throws Exception {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path csv = out.resolve("users-" + directory.count() + ".csv");
        long start = System.nanoTime();
        long bytes = directory.writeCsv(csv);
        BenchLog.progress("generated " + csv + " (" + bytes / (1024 * 1024) + " MiB) in " + Measurement.since(start, 0).seconds());
        for (BenchDatabase database : DATABASES) {
            Workspace.run(out, "console-" + database.name().toLowerCase(Locale.ROOT), work -> measure(database, csv, work));
        }
        String text = "Users: " + String.format(Locale.ROOT, "%,d", directory.count()) + "; started " + started
                + "; server " + System.getProperty("bench.revision", "of unknown revision")
                + "; " + Runtime.getRuntime().availableProcessors() + " cores; Java " + System.getProperty("java.version")
                + "; max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; up to " + PAGES
                + " pages of " + PAGE_SIZE + " users per run\n\n" + report.markdown();
        Files.writeString(out.resolve("console-results.md"), text, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("console-pages.csv"), report.pagesCsv(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(text);
    }

    private void measure(BenchDatabase database, Path csv, Path work) throws Exception {
        BenchDatabase.Target target = database.create("keypad_console_bench", work.resolve("keypad-db"));
        try (KeypadRun server = KeypadRun.start(target, work.resolve("keypad-data"))) {
            report.note(database.label() + ": " + String.join("; ", database.describe(target)));
            BenchLog.progress(database.label() + ": Keypad importing " + csv.getFileName());
            Measurement imported = server.importCsv(csv, directory.count());
            BenchLog.progress(database.label() + ": imported " + directory.count() + " users in " + imported.seconds() + "; load " + BenchLog.loadAverage());
            report.note(database.label() + ": import " + imported.seconds() + ", load " + BenchLog.loadAverage() + " after it");
            ConsoleSession console = server.signInToConsole();
            warmUp(server, console);
            report.note(database.label() + ": " + WARM_UP_PAGES + " pages of everyone fetched both ways before measuring");
            // The cursor the server would hand out after the user nine tenths of the way through the SIP order.
            long deepUser = directory.count() * 9L / 10;
            String deep = new ListingCursor(0, String.format("sip:user%07d@%s", deepUser, SyntheticDirectory.DOMAIN)).encode();
            String deepStart = String.format(Locale.ROOT, "after user %,d", deepUser);
            for (ConsoleSelection selection : ConsoleSelection.all()) {
                measured(database, ConsolePaging.run(server, console, selection, "first page", null, PAGES, PAGE_SIZE));
                measured(database, ConsolePaging.run(server, console, selection, deepStart, deep, PAGES, PAGE_SIZE));
            }
        }
    }

    private static void warmUp(KeypadRun server, ConsoleSession console) throws IOException, InterruptedException {
        String everyone = "/users?limit=" + PAGE_SIZE;
        String next = null;
        for (int page = 0; page < WARM_UP_PAGES; page++) {
            String after = next == null ? "" : "&after=" + next;
            console.get("/console/users?size=" + PAGE_SIZE + after);
            JsonNode listed = server.get(everyone + after).get("next");
            if (listed.isNull()) {
                return;
            }
            next = listed.asString();
        }
    }

    private void measured(BenchDatabase database, ConsolePaging.Result result) {
        String load = BenchLog.loadAverage();
        report.add(database, result, load);
        BenchLog.progress(database.label() + ": " + result.selection().label() + " (" + result.start() + "): "
                + String.format(Locale.ROOT, "%d pages, %,d users; median page %.1f ms HTML, %.1f ms JSON; load %s",
                result.console().pages(), result.users(), result.console().medianMillis(), result.api().medianMillis(), load));
    }
}
