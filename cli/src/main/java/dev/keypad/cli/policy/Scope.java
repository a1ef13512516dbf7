package dev.keypad.cli.policy;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Where a PIN policy applies: {@code global}, {@code site:NAME} or {@code tag:NAME} (a named policy granted to
 * users). Checked while parsing, so a typo is a usage error before anything is sent.
 *
 * @param text the scope as the API spells it, the prefix in lower case
 */
record Scope(String text) {

    static final Scope GLOBAL = new Scope("global");

    boolean isGlobal() {
        return equals(GLOBAL);
    }

    @Override
    public String toString() {
        return text;
    }

    static final class Converter implements ITypeConverter<Scope> {
        @Override
        public Scope convert(String value) {
            String trimmed = value.strip();
            if (trimmed.equalsIgnoreCase("global")) {
                return GLOBAL;
            }
            int colon = trimmed.indexOf(':');
            String kind = colon < 0 ? "" : trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
            String name = colon < 0 ? "" : trimmed.substring(colon + 1).strip();
            if ((kind.equals("site") || kind.equals("tag")) && !name.isEmpty()) {
                return new Scope(kind + ":" + name);
            }
            throw new TypeConversionException("scope '" + value + "' is not global, site:NAME or tag:NAME");
        }
    }
}
