package dev.keypad.cli.user;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code --attr key=value}: a free attribute for filtering (SPEC §2).
 *
 * @param field the JSON field it sets ({@code city} for the LDAP-style key {@code l})
 * @param value "" clears the field in {@code user set}
 */
record Attribute(String field, String value) {

    private static final Map<String, String> FIELDS = Map.of(
            "title", "title", "department", "department", "city", "city", "l", "city", "company", "company");

    /** Rejects an unknown key while parsing, so it is a usage error (exit 2) that names the key. */
    static final class Converter implements ITypeConverter<Attribute> {
        @Override
        public Attribute convert(String text) {
            int equals = text.indexOf('=');
            if (equals < 0) {
                throw new TypeConversionException("'" + text + "' is not KEY=VALUE");
            }
            String key = text.substring(0, equals).strip();
            String field = FIELDS.get(key.toLowerCase(Locale.ROOT));
            if (field == null) {
                throw new TypeConversionException("unknown attribute '" + key
                        + "'; known: title, department, city (or l), company");
            }
            return new Attribute(field, text.substring(equals + 1));
        }
    }
}
