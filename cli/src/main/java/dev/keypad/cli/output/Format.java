package dev.keypad.cli.output;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The output formats of {@code -o}. */
public enum Format {
    TABLE, JSON, JSONL, CSV;

    /** The formats as they are typed, offered by shell completion after {@code -o}. */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("table", "json", "jsonl", "csv").iterator();
        }
    }

    /** Reads {@code -o} values in any case, as users type them in lower case. */
    public static final class Converter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not one of table, json, jsonl, csv");
            }
        }
    }
}
