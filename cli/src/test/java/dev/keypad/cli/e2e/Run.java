package dev.keypad.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.jr.ob.JSON;

/** How one run of {@link KeypadJar} ended, with what it printed; parses the output formats of {@code -o}. */
record Run(List<String> args, int exit, String out, String err) {

    /** Asserts the exit code; a failure shows the command and everything it printed. */
    Run exits(int code) {
        assertThat(exit).as("exit code of keypad %s%n--- standard error:%n%s--- standard output:%n%s",
                String.join(" ", args), err, out).isEqualTo(code);
        return this;
    }

    /** Standard output as one JSON object ({@code -o json} of a single result). */
    Map<String, Object> object() {
        return JSON.std.mapFrom(out);
    }

    /** Standard output as a JSON array of objects ({@code -o json}). */
    List<Map<String, Object>> array() {
        return JSON.std.listFrom(out).stream().map(Run::members).toList();
    }

    /** Standard output as one JSON object per line ({@code -o jsonl}). */
    List<Map<String, Object>> lines() {
        return out.lines().map(JSON.std::mapFrom).toList();
    }

    /**
     * Standard output as RFC 4180 CSV, each row keyed by the header's names. Only CRLF ends a record, so a
     * bare line feed shows up as a row of the wrong width, which fails here.
     */
    List<Map<String, String>> csv() {
        List<List<String>> records = csvRecords(out);
        assertThat(records).as("CSV with a header row:%n%s", out).isNotEmpty();
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            assertThat(record).as("a CSV row as wide as the header %s", header).hasSameSizeAs(header);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The CSV header's column names. */
    List<String> csvHeader() {
        return csvRecords(out).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> members(Object object) {
        return (Map<String, Object>) object;
    }

    /** RFC 4180: fields separated by commas, records by CRLF, quoted fields with {@code ""} for a quote. */
    private static List<List<String>> csvRecords(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"' && (quoted || field.isEmpty())) {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (!quoted && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
