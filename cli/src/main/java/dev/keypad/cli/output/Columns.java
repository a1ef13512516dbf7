package dev.keypad.cli.output;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which fields of a record the flat formats show; json and jsonl always show every field, as the server sent it.
 *
 * @param table the few fields that fit a terminal line
 * @param csv every field worth exporting, in a fixed order so the header can be written before the rows
 * @param texts how table and csv show a field whose value reads better as a sentence than as its JSON (such as
 *     a nested object); each function is given the value, null included. Fields without one are shown as they are
 */
public record Columns(List<String> table, List<String> csv, Map<String, Function<Object, String>> texts) {

    public Columns {
        table = List.copyOf(table);
        csv = List.copyOf(csv);
        texts = Map.copyOf(texts);
    }

    public Columns(List<String> table, List<String> csv) {
        this(table, csv, Map.of());
    }

    public static Columns of(List<String> fields) {
        return new Columns(fields, fields);
    }

    /** These columns, with table and csv showing {@code field} as {@code text} makes it; json is left alone. */
    public Columns withText(String field, Function<Object, String> text) {
        Map<String, Function<Object, String>> more = new HashMap<>(texts);
        more.put(field, text);
        return new Columns(table, csv, more);
    }

    /** The text of a field that has its own, else null: the format shows the value its own way. */
    String text(String field, Object value) {
        Function<Object, String> text = texts.get(field);
        return text == null ? null : text.apply(value);
    }
}
