package dev.keypad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The measurements side by side, as a Markdown table. Not thread-safe. */
final class ResultsTable {

    /** One operation on one database, done by Keypad and by the reference. */
    record Row(String operation, BenchDatabase database, Measurement keypad, Measurement reference) {

        /** Whether both found the same rows, or Keypad, stopped early, no more than the reference. */
        boolean consistent() {
            return keypad.complete() ? keypad.rows() == reference.rows() : keypad.rows() <= reference.rows();
        }
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String operation, BenchDatabase database, Measurement keypad, Measurement reference) {
        rows.add(new Row(operation, database, keypad, reference));
    }

    /** Whether Keypad and the reference wrote or found the same number of rows everywhere. */
    boolean consistent() {
        return rows.stream().allMatch(Row::consistent);
    }

    String markdown() {
        StringBuilder table = new StringBuilder(
                "| operation | database | rows | Keypad time | Keypad rate | reference time | reference rate | ratio |\n"
                + "|---|---|--:|--:|--:|--:|--:|--:|\n");
        for (Row row : rows) {
            String count = !row.consistent() ? grouped(row.keypad().rows()) + " (reference: " + grouped(row.reference().rows()) + "!)"
                    : grouped(row.reference().rows());
            double ratio = row.keypad().time().toNanos() / (double) row.reference().time().toNanos();
            table.append("| ").append(row.operation())
                    .append(" | ").append(row.database().label())
                    .append(" | ").append(count)
                    .append(" | ").append(row.keypad().complete() ? row.keypad().seconds()
                            : "stopped at " + row.keypad().seconds() + " after " + grouped(row.keypad().rows()) + " rows")
                    .append(" | ").append(rate(row.keypad()))
                    .append(" | ").append(row.reference().seconds())
                    .append(" | ").append(rate(row.reference()))
                    .append(" | ").append(String.format(Locale.ROOT, row.keypad().complete() ? "%.1f×" : "> %.0f×", ratio))
                    .append(" |\n");
        }
        return table.toString();
    }


    private static String rate(Measurement measurement) {
        return grouped(Math.round(measurement.rate())) + "/s";
    }

    private static String grouped(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
