package dev.keypad.cli.output;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The output formats of {@code -o}. */
public enum Format {
    TABLE, JSON, JSONL, CSV;

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
