package dev.keypad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The console paging runs as a Markdown table, one line per selection, start and side. Not thread-safe. */
final class ConsoleReport {

    private record Row(BenchDatabase database, ConsolePaging.Result result, String load) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(BenchDatabase database, ConsolePaging.Result result, String load) {
        rows.add(new Row(database, result, load));
    }

    /** A line above the table, e.g. the engine's version and settings. */
    void note(String line) {
        notes.add("- " + line);
    }

    String markdown() {
        StringBuilder table = new StringBuilder(String.join("\n", notes)).append("\n\n")
                .append("Times per page in milliseconds, from the request to the last byte of the answer; first 10 and last 10 are")
                .append(" the medians of the run's first and last ten pages; HTML/JSON is the ratio of the medians. A run starts")
                .append(" at the first page or at a cursor made for the user nine tenths of the way through the SIP order; it")
                .append(" follows the next page until it has read its pages or the selection ends.\n\n")
                .append("| selection | start | database | page | pages | users | median | p95 | max | first 10 | last 10 | bytes/page | total | HTML/JSON | load |\n")
                .append("|---|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (Row row : rows) {
            ConsolePaging.Result result = row.result();
            line(table, row, "console HTML", result.console(),
                    String.format(Locale.ROOT, "%.1f×", result.console().medianMillis() / result.api().medianMillis()));
            line(table, row, "API JSON", result.api(), "");
        }
        return table.toString();
    }

    /** Every page's time and size, one line each, for a look at how a run went page by page. */
    String pagesCsv() {
        StringBuilder csv = new StringBuilder("database,selection,start,side,page,millis,bytes\n");
        for (Row row : rows) {
            ConsolePaging.Result result = row.result();
            pages(csv, row, "html", result.console());
            pages(csv, row, "json", result.api());
        }
        return csv.toString();
    }

    private static void pages(StringBuilder csv, Row row, String side, PageTimes times) {
        long[] nanos = times.nanos();
        long[] bytes = times.bytes();
        for (int page = 0; page < nanos.length; page++) {
            csv.append(row.database().name()).append(",\"").append(row.result().selection().label().replace("\"", "\"\""))
                    .append("\",\"").append(row.result().start()).append("\",").append(side).append(',').append(page + 1)
                    .append(',').append(String.format(Locale.ROOT, "%.3f", nanos[page] / 1e6))
                    .append(',').append(bytes[page]).append('\n');
        }
    }

    private static void line(StringBuilder table, Row row, String side, PageTimes times, String ratio) {
        table.append("| ").append(row.result().selection().label())
                .append(" | ").append(row.result().start())
                .append(" | ").append(row.database().label())
                .append(" | ").append(side)
                .append(" | ").append(times.pages())
                .append(" | ").append(String.format(Locale.ROOT, "%,d", row.result().users()))
                .append(" | ").append(millis(times.medianMillis()))
                .append(" | ").append(millis(times.p95Millis()))
                .append(" | ").append(millis(times.maxMillis()))
                .append(" | ").append(millis(times.firstMedianMillis()))
                .append(" | ").append(millis(times.lastMedianMillis()))
                .append(" | ").append(String.format(Locale.ROOT, "%,d", times.meanBytes()))
                .append(" | ").append(String.format(Locale.ROOT, "%.2f s", times.totalSeconds()))
                .append(" | ").append(ratio)
                .append(" | ").append(row.load())
                .append(" |\n");
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
