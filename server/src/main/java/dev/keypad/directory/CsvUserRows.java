package dev.keypad.directory;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.keypad.InvalidInputException;

/**
 * Reads users from CSV (RFC 4180) one row at a time: the header names the columns, in any order
 * and case; a byte-order mark and blank lines are skipped. Not thread-safe.
 */
final class CsvUserRows implements Iterator<CsvUserRows.Row> {

    static final List<String> COLUMNS = List.of("sipAddress", "displayName", "userPrincipalName", "logonName",
            "distinguishedName", "email", "lineUri", "extension", "site", "title", "department", "city", "company");

    private static final Map<String, String> ALIASES = Map.of("l", "city", "sip", "sipAddress", "upn",
            "userPrincipalName", "dn", "distinguishedName", "mail", "email", "name", "displayName");

    /** One row: where it stands and the values of its columns; absent columns are null. */
    record Row(long line, UserPatch patch) {
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int[] columnOf;
    private final int width;

    private CsvUserRows(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
        if (!records.hasNext()) {
            throw new InvalidInputException("header", "The CSV file is empty; its first row must name the columns, e.g. sipAddress,displayName");
        }
        CSVRecord header = records.next();
        this.width = header.size();
        this.columnOf = columns(header);
    }

    static CsvUserRows open(Reader reader) {
        try {
            return new CsvUserRows(CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(withoutBom(reader)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    /**
     * @throws InvalidInputException naming the line when the row has the wrong number of fields
     */
    @Override
    public Row next() {
        CSVRecord record = records.next();
        long line = parser.getCurrentLineNumber();
        if (record.size() != width) {
            throw new RowException(line, "has " + record.size() + " fields but the header names " + width);
        }
        String[] values = new String[COLUMNS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columnOf[i] < 0 ? null : record.get(columnOf[i]).trim();
        }
        return new Row(line, new UserPatch(values[0], values[1], values[2], values[3], values[4], values[5],
                values[6], values[7], values[8], values[9], values[10], values[11], values[12]));
    }

    /** A row that cannot be read at all; the import reports it and goes on. */
    static final class RowException extends RuntimeException {
        final long line;

        RowException(long line, String reason) {
            super(reason);
            this.line = line;
        }
    }

    private static int[] columns(CSVRecord header) {
        Map<String, String> known = new HashMap<>();
        COLUMNS.forEach(column -> known.put(column.toLowerCase(Locale.ROOT), column));
        ALIASES.forEach(known::put);
        int[] columnOf = new int[COLUMNS.size()];
        java.util.Arrays.fill(columnOf, -1);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            String column = known.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                unknown.add(name);
                continue;
            }
            int index = COLUMNS.indexOf(column);
            if (columnOf[index] >= 0) {
                throw new InvalidInputException("header", "The CSV header names the column " + column + " twice");
            }
            columnOf[index] = i;
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("header", "The CSV header has unknown columns " + unknown + "; known columns are " + COLUMNS + " (and l for city)");
        }
        if (columnOf[COLUMNS.indexOf("sipAddress")] < 0) {
            throw new InvalidInputException("header", "The CSV header lacks the required column sipAddress");
        }
        return columnOf;
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
