package dev.keypad.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import tools.jackson.jr.ob.JSON;

/**
 * Prints records in one format as they come. Not thread-safe; {@link #close()} ends the output (closing
 * bracket, last table rows) but not the writer.
 */
public abstract class Listing implements AutoCloseable {

    static final JSON COMPACT = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);
    static final JSON PRETTY = COMPACT.with(JSON.Feature.PRETTY_PRINT_OUTPUT);

    final PrintWriter out;

    Listing(PrintWriter out) {
        this.out = out;
    }

    /** A listing of any number of records: json prints one array. */
    public static Listing of(Format format, Columns columns, PrintWriter out) {
        return switch (format) {
            case TABLE -> new Table(columns, out);
            case JSON -> new JsonArray(out);
            case JSONL -> new JsonLines(out);
            case CSV -> new Csv(columns, out);
        };
    }

    /** Prints the one record that a command such as {@code user add} answers: json prints one object. */
    public static void single(Format format, Columns columns, PrintWriter out, Map<String, Object> record) {
        if (format == Format.JSON) {
            out.println(PRETTY.asString(record));
            out.flush();
            return;
        }
        try (Listing listing = of(format, columns, out)) {
            listing.add(record);
        }
    }

    public abstract void add(Map<String, Object> record);

    /** Marks the end of a page from the server: buffered output is printed now. */
    public void endPage() {
        out.flush();
    }

    @Override
    public void close() {
        endPage();
    }

    /** A field as text for the flat formats: nothing for null, compact JSON for nested values. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Map || value instanceof List ? COMPACT.asString(value) : String.valueOf(value);
    }

    private static final class JsonLines extends Listing {
        JsonLines(PrintWriter out) {
            super(out);
        }

        @Override
        public void add(Map<String, Object> record) {
            out.println(COMPACT.asString(record));
        }
    }

    private static final class JsonArray extends Listing {
        private boolean first = true;

        JsonArray(PrintWriter out) {
            super(out);
            out.print("[");
        }

        @Override
        public void add(Map<String, Object> record) {
            out.print(first ? "\n  " : ",\n  ");
            out.print(PRETTY.asString(record).replace("\n", "\n  "));
            first = false;
        }

        @Override
        public void close() {
            out.println(first ? "]" : "\n]");
            super.close();
        }
    }
}
