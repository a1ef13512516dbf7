package dev.keypad.directory.jdbc;

import dev.keypad.directory.InvalidLdapFilterException;
import dev.keypad.directory.LdapFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Translates an {@link LdapFilter} into a condition on the {@code users} table, aliased {@code u}, that
 * runs on H2 (MODE=PostgreSQL) and PostgreSQL.
 *
 * <p>Attribute names and values compare case-insensitively: values are bound lower-cased
 * ({@link Locale#ROOT}) against the lower-case {@code *_key} columns or {@code LOWER(column)}. Every
 * attribute test is TRUE or FALSE, never NULL, so {@code (!(title=x))} also selects users without a
 * title, as in LDAP. Presence means neither NULL nor empty. {@code ~=} is equality; {@code >=} and
 * {@code <=} compare strings in the database's collation. Stateless and thread-safe.
 */
public final class FilterSql {

    /**
     * A boolean SQL expression with {@code ?} placeholders, parenthesized so that it can be AND-ed into
     * a larger WHERE clause, and the values to bind to them in order. Immutable.
     */
    public record SqlCondition(String sql, List<Object> parameters) {
        public SqlCondition {
            Objects.requireNonNull(sql, "sql");
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * @param column what must not be NULL for the attribute to be present
     * @param value the lower-case expression compared with the bound values
     * @param sipAddress whether values are SIP URIs, which the column stores with "sip:"
     */
    private record Attribute(String name, String column, String value, boolean sipAddress) {
    }

    private static final List<Attribute> ATTRIBUTES = List.of(
            key("sipAddress", "u.sip_key", true),
            key("msRTCSIP-PrimaryUserAddress", "u.sip_key", true),
            key("displayName", "u.display_key", false),
            key("cn", "u.display_key", false),
            key("name", "u.display_key", false),
            key("userPrincipalName", "u.upn_key", false),
            key("logonName", "u.logon_key", false),
            // logon_key holds "domain\account"; without a backslash POSITION gives 0 and the whole key is the account.
            new Attribute("sAMAccountName", "u.logon_key",
                    "SUBSTRING(u.logon_key FROM POSITION('\\' IN u.logon_key) + 1)", false),
            key("distinguishedName", "u.dn_key", false),
            lowered("mail", "u.email"),
            lowered("email", "u.email"),
            key("lineUri", "u.line_key", false),
            key("msRTCSIP-Line", "u.line_key", false),
            key("telephoneNumber", "u.line_key", false),
            key("extension", "u.extension", false),
            key("ipPhone", "u.extension", false),
            key("site", "u.site_key", false),
            lowered("title", "u.title"),
            lowered("department", "u.department"),
            lowered("l", "u.city"),
            lowered("city", "u.city"),
            lowered("company", "u.company"));

    private static final Map<String, Attribute> BY_NAME = ATTRIBUTES.stream().collect(Collectors.toMap(
            attribute -> attribute.name().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a, LinkedHashMap::new));

    private FilterSql() {
    }

    /** The attribute names a filter may use, matched case-insensitively, in the order error messages list them. */
    public static List<String> attributes() {
        return ATTRIBUTES.stream().map(Attribute::name).toList();
    }

    /**
     * Parses an RFC 4515 filter and translates it; positions in errors, unknown attributes included,
     * refer to {@code ldapFilter} as given.
     *
     * @throws InvalidLdapFilterException if the filter is malformed or names an unknown attribute
     */
    public static SqlCondition toSql(String ldapFilter) {
        return toSql(LdapFilter.parse(ldapFilter, attributes()));
    }

    /**
     * Translates a parsed filter.
     *
     * @throws InvalidLdapFilterException if the filter names an unknown attribute; as the filter no longer
     *     knows where it came from, the position refers to its canonical form, {@code filter.toString()}
     */
    public static SqlCondition toSql(LdapFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String sql = condition(filter, filter, parameters);
        return new SqlCondition(sql, parameters);
    }

    private static String condition(LdapFilter filter, LdapFilter root, List<Object> parameters) {
        if (filter instanceof LdapFilter.And and) {
            return join(and.filters(), " AND ", root, parameters);
        } else if (filter instanceof LdapFilter.Or or) {
            return join(or.filters(), " OR ", root, parameters);
        } else if (filter instanceof LdapFilter.Not not) {
            return "(NOT " + condition(not.filter(), root, parameters) + ")";
        } else if (filter instanceof LdapFilter.Present present) {
            Attribute attribute = attribute(present.attribute(), filter, root);
            return "(" + attribute.column() + " IS NOT NULL AND " + attribute.value() + " <> '')";
        } else if (filter instanceof LdapFilter.Equality equality) {
            return compare(attribute(equality.attribute(), filter, root), "=", equality.value(), parameters);
        } else if (filter instanceof LdapFilter.Approx approx) {
            return compare(attribute(approx.attribute(), filter, root), "=", approx.value(), parameters);
        } else if (filter instanceof LdapFilter.GreaterOrEqual greater) {
            return compare(attribute(greater.attribute(), filter, root), ">=", greater.value(), parameters);
        } else if (filter instanceof LdapFilter.LessOrEqual less) {
            return compare(attribute(less.attribute(), filter, root), "<=", less.value(), parameters);
        } else if (filter instanceof LdapFilter.Substring substring) {
            return like(attribute(substring.attribute(), filter, root), substring, parameters);
        }
        throw new IllegalStateException("unhandled filter type: " + filter.getClass().getName());
    }

    private static String join(List<LdapFilter> filters, String operator, LdapFilter root, List<Object> parameters) {
        if (filters.size() == 1) {
            return condition(filters.get(0), root, parameters);
        }
        return filters.stream()
                .map(filter -> condition(filter, root, parameters))
                .collect(Collectors.joining(operator, "(", ")"));
    }

    private static String compare(Attribute attribute, String operator, String value, List<Object> parameters) {
        parameters.add(attribute.sipAddress() ? withSipScheme(lower(value)) : lower(value));
        return "(" + attribute.column() + " IS NOT NULL AND " + attribute.value() + " " + operator + " ?)";
    }

    private static String like(Attribute attribute, LdapFilter.Substring substring, List<Object> parameters) {
        StringBuilder pattern = new StringBuilder();
        if (substring.initial() != null) {
            String initial = lower(substring.initial());
            pattern.append(escapeLike(attribute.sipAddress() ? withSipScheme(initial) : initial));
        }
        pattern.append('%');
        for (String part : substring.any()) {
            pattern.append(escapeLike(lower(part))).append('%');
        }
        if (substring.finalPart() != null) {
            pattern.append(escapeLike(lower(substring.finalPart())));
        }
        parameters.add(pattern.toString());
        return "(" + attribute.column() + " IS NOT NULL AND " + attribute.value() + " LIKE ? ESCAPE '\\')";
    }

    private static Attribute attribute(String name, LdapFilter leaf, LdapFilter root) {
        Attribute attribute = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (attribute == null) {
            // '(' is escaped inside values, so the leaf's text first occurs where a leaf starts; +1 skips the '('.
            int position = root.toString().indexOf(leaf.toString()) + 1;
            throw new InvalidLdapFilterException("unknown attribute '" + name + "'", position,
                    "known: " + String.join(", ", attributes()));
        }
        return attribute;
    }

    private static String withSipScheme(String lowerCaseValue) {
        return lowerCaseValue.startsWith("sip:") ? lowerCaseValue : "sip:" + lowerCaseValue;
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Attribute key(String name, String column, boolean sipAddress) {
        return new Attribute(name, column, column, sipAddress);
    }

    private static Attribute lowered(String name, String column) {
        return new Attribute(name, column, "LOWER(" + column + ")", false);
    }
}
