package dev.keypad.directory;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An LDAP search filter (RFC 4515) that selects directory users, e.g.
 * {@code (&(department=Finance)(l=Redmond))}.
 *
 * <p>Values hold the unescaped text: {@code (cn=a\2ab)} has the value {@code a*b}. {@link #toString()}
 * gives the canonical RFC 4515 string back, escaping {@code * ( ) \} and NUL. Not supported: extensible
 * match ({@code :=}, {@code :dn:}), absolute true and false of RFC 4526 ({@code (&)}, {@code (|)}), and
 * NUL inside values (no SQL database Keypad runs on stores it).
 *
 * <p>All implementations are immutable records and thread-safe.
 */
public sealed interface LdapFilter {

    /** Longest filter text {@link #parse} accepts, in characters. */
    int MAX_LENGTH = 4096;

    /** Deepest nesting {@link #parse} accepts: {@code (a=b)} has depth 1, {@code (!(a=b))} depth 2. */
    int MAX_DEPTH = 32;

    /**
     * Parses an RFC 4515 filter. Whitespace is allowed around the whole filter and inside values only;
     * a single filter without outer parentheses, like {@code title=Manager}, is accepted as if it had them.
     *
     * @param text the filter; not null
     * @return the parsed filter, never null
     * @throws InvalidLdapFilterException if the text is not a supported filter, with the position of the problem
     */
    static LdapFilter parse(String text) {
        return new LdapFilterParser(text, null).parse();
    }

    /**
     * Parses like {@link #parse(String)} and also rejects attributes not in {@code knownAttributes}
     * (compared case-insensitively), naming the known ones in the message.
     *
     * @param knownAttributes attribute names in the order they should be listed; not null
     */
    static LdapFilter parse(String text, Collection<String> knownAttributes) {
        Objects.requireNonNull(knownAttributes, "knownAttributes");
        return new LdapFilterParser(text, knownAttributes).parse();
    }

    /** The canonical RFC 4515 form, e.g. {@code (&(title=a\2ab)(l=*))}. */
    @Override
    String toString();

    /** Matches when every one of at least one filter matches. */
    record And(List<LdapFilter> filters) implements LdapFilter {
        public And {
            filters = requireFilters(filters);
        }

        @Override
        public String toString() {
            return "(&" + concat(filters) + ")";
        }
    }

    /** Matches when any of at least one filter matches. */
    record Or(List<LdapFilter> filters) implements LdapFilter {
        public Or {
            filters = requireFilters(filters);
        }

        @Override
        public String toString() {
            return "(|" + concat(filters) + ")";
        }
    }

    /** Matches when {@code filter} does not, including entries that lack its attribute. */
    record Not(LdapFilter filter) implements LdapFilter {
        public Not {
            Objects.requireNonNull(filter, "filter");
        }

        @Override
        public String toString() {
            return "(!" + filter + ")";
        }
    }

    /** {@code (attribute=value)}; {@code value} may be empty but not null. */
    record Equality(String attribute, String value) implements LdapFilter {
        public Equality {
            requireAttribute(attribute);
            requireValue(value);
        }

        @Override
        public String toString() {
            return "(" + attribute + "=" + escape(value) + ")";
        }
    }

    /**
     * {@code (attribute=initial*any*…*finalPart)}. {@code initial} and {@code finalPart} are null when
     * absent (empty strings are taken as absent); {@code any} holds non-empty parts; at least one part is given.
     */
    record Substring(String attribute, String initial, List<String> any, String finalPart) implements LdapFilter {
        public Substring {
            requireAttribute(attribute);
            initial = initial == null || initial.isEmpty() ? null : requireValue(initial);
            finalPart = finalPart == null || finalPart.isEmpty() ? null : requireValue(finalPart);
            any = List.copyOf(any);
            for (String part : any) {
                if (requireValue(part).isEmpty()) {
                    throw new IllegalArgumentException("substring parts in 'any' must not be empty");
                }
            }
            if (initial == null && any.isEmpty() && finalPart == null) {
                throw new IllegalArgumentException("a substring filter needs at least one part; use Present instead");
            }
        }

        @Override
        public String toString() {
            String middle = any.stream().map(part -> escape(part) + "*").collect(Collectors.joining());
            return "(" + attribute + "=" + escape(Objects.toString(initial, "")) + "*" + middle
                    + escape(Objects.toString(finalPart, "")) + ")";
        }
    }

    /** {@code (attribute=*)}: the entry has the attribute. */
    record Present(String attribute) implements LdapFilter {
        public Present {
            requireAttribute(attribute);
        }

        @Override
        public String toString() {
            return "(" + attribute + "=*)";
        }
    }

    /** {@code (attribute>=value)}. */
    record GreaterOrEqual(String attribute, String value) implements LdapFilter {
        public GreaterOrEqual {
            requireAttribute(attribute);
            requireValue(value);
        }

        @Override
        public String toString() {
            return "(" + attribute + ">=" + escape(value) + ")";
        }
    }

    /** {@code (attribute<=value)}. */
    record LessOrEqual(String attribute, String value) implements LdapFilter {
        public LessOrEqual {
            requireAttribute(attribute);
            requireValue(value);
        }

        @Override
        public String toString() {
            return "(" + attribute + "<=" + escape(value) + ")";
        }
    }

    /** {@code (attribute~=value)}: approximate match, whatever "approximate" means to the evaluator. */
    record Approx(String attribute, String value) implements LdapFilter {
        public Approx {
            requireAttribute(attribute);
            requireValue(value);
        }

        @Override
        public String toString() {
            return "(" + attribute + "~=" + escape(value) + ")";
        }
    }

    private static List<LdapFilter> requireFilters(List<LdapFilter> filters) {
        List<LdapFilter> copy = List.copyOf(filters);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("'&' and '|' need at least one filter (RFC 4526 is not supported)");
        }
        return copy;
    }

    private static void requireAttribute(String attribute) {
        if (!LdapFilterParser.ATTRIBUTE.matcher(Objects.requireNonNull(attribute, "attribute")).matches()) {
            throw new IllegalArgumentException("not an RFC 4512 attribute description: '" + attribute + "'");
        }
    }

    private static String requireValue(String value) {
        if (Objects.requireNonNull(value, "value").indexOf('\0') >= 0) {
            throw new IllegalArgumentException("values must not contain NUL");
        }
        return value;
    }

    private static String concat(List<LdapFilter> filters) {
        return filters.stream().map(LdapFilter::toString).collect(Collectors.joining());
    }

    private static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '*' -> escaped.append("\\2a");
                case '(' -> escaped.append("\\28");
                case ')' -> escaped.append("\\29");
                case '\\' -> escaped.append("\\5c");
                case '\0' -> escaped.append("\\00");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
