package dev.keypad.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break.
 * User listings use the column names that {@code keypad user import} reads, so an export imports back.
 */
final class Csv extends Listing {

    private final Columns columns;

    Csv(Columns columns, PrintWriter out) {
        super(out);
        this.columns = columns;
        row(columns.csv());
    }

    @Override
    public void add(Map<String, Object> record) {
        row(columns.csv().stream().map(column -> field(column, record.get(column))).toList());
    }

    private String field(String column, Object value) {
        String text = columns.text(column, value);
        return text != null ? text : text(value);
    }

    private void row(List<String> fields) {
        out.print(fields.stream().map(Csv::quote).collect(Collectors.joining(",")));
        out.print("\r\n");
    }

    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
