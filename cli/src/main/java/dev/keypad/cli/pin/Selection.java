package dev.keypad.cli.pin;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The server-side selection of PIN commands ({@code {"ou", "ldapFilter", "site", "where"}}): the server runs it
 * as one set operation, so "every locked phone PIN in OU=Finance" needs no identity list.
 */
final class Selection {

    private static final List<String> STATES = List.of("locked", "expired", "set", "unset");

    @Option(names = "--ou", paramLabel = "DN", description = "Only users in this OU and its child OUs.")
    private String ou;

    @Option(names = "--ldap-filter", paramLabel = "FILTER",
            description = "RFC 4515 filter over user attributes, such as '(department=Finance)'.")
    private String ldapFilter;

    @Option(names = "--site", paramLabel = "NAME", description = "Only users of this site.")
    private String site;

    @Option(names = "--where", paramLabel = "STATE", converter = State.class, completionCandidates = States.class,
            description = "Only PINs that are locked, expired, set or unset. Alone, it selects among all users.")
    private String where;

    /** True when any selection option is given: then the command acts on the selection, not on identities. */
    boolean isGiven() {
        return !fields().isEmpty();
    }

    /** The given options by their JSON and query parameter names; options not given are absent. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ou", ou);
        fields.put("ldapFilter", ldapFilter);
        fields.put("site", site);
        fields.put("where", where);
        fields.values().removeIf(value -> value == null);
        return fields;
    }

    /** The states, offered by shell completion after {@code --where}. */
    static final class States implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return STATES.iterator();
        }
    }

    /** Rejects an unknown state while parsing, so a typo is a usage error and not "no PINs matched". */
    static final class State implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!STATES.contains(value)) {
                throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", STATES));
            }
            return value;
        }
    }
}
