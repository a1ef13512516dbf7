package dev.keypad.cli.output;

import java.util.List;

/**
 * Which fields of a record the flat formats show; json and jsonl always show every field.
 *
 * @param table the few fields that fit a terminal line
 * @param csv every field worth exporting, in a fixed order so the header can be written before the rows
 */
public record Columns(List<String> table, List<String> csv) {

    public Columns {
        table = List.copyOf(table);
        csv = List.copyOf(csv);
    }

    public static Columns of(List<String> fields) {
        return new Columns(fields, fields);
    }
}
