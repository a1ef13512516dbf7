package dev.keypad.directory;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A recursive-descent parser for RFC 4515, one instance per filter text; not thread-safe.
 * It lives in this file because {@link LdapFilter} is its only user.
 */
final class LdapFilterParser {

    /** RFC 4512 attribute description: a name or numeric OID, then options such as {@code ;lang-en}. */
    static final Pattern ATTRIBUTE =
            Pattern.compile("(?:[A-Za-z][A-Za-z0-9-]*|[0-9]+(?:\\.[0-9]+)+)(?:;[A-Za-z0-9-]+)*");

    private final String text;
    private final Map<String, String> knownAttributes;
    private int position;
    private int end;

    LdapFilterParser(String text, Collection<String> knownAttributes) {
        this.text = Objects.requireNonNull(text, "text");
        this.knownAttributes = knownAttributes == null ? null : knownAttributes.stream().collect(Collectors.toMap(
                name -> name.toLowerCase(Locale.ROOT), name -> name, (first, repeated) -> first, LinkedHashMap::new));
    }

    LdapFilter parse() {
        if (text.length() > LdapFilter.MAX_LENGTH) {
            throw new InvalidLdapFilterException("filter is longer than " + LdapFilter.MAX_LENGTH
                    + " characters (it has " + text.length() + ")", LdapFilter.MAX_LENGTH);
        }
        end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (position < end && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        if (position == end) {
            throw new InvalidLdapFilterException("filter is empty", 0);
        }
        // Without outer parentheses the end of the text closes the filter, a convenience for command lines.
        LdapFilter filter = at('(') ? filter(1) : component(1);
        if (position < end) {
            throw trailing();
        }
        return filter;
    }

    private LdapFilter filter(int depth) {
        if (depth > LdapFilter.MAX_DEPTH) {
            throw new InvalidLdapFilterException(
                    "filter is nested deeper than " + LdapFilter.MAX_DEPTH + " levels", position);
        }
        expect('(');
        LdapFilter filter = component(depth);
        expect(')');
        return filter;
    }

    private LdapFilter component(int depth) {
        if (at('&')) {
            position++;
            return new LdapFilter.And(filters(depth, '&'));
        }
        if (at('|')) {
            position++;
            return new LdapFilter.Or(filters(depth, '|'));
        }
        if (at('!')) {
            position++;
            return new LdapFilter.Not(filter(depth + 1));
        }
        if (at(':')) {
            throw extensibleMatch();
        }
        if (position >= end || !isAttributeStart(text.charAt(position))) {
            throw expected("'&', '|', '!' or an attribute name");
        }
        return item();
    }

    private List<LdapFilter> filters(int depth, char operator) {
        List<LdapFilter> filters = new ArrayList<>();
        while (at('(')) {
            filters.add(filter(depth + 1));
        }
        if (filters.isEmpty() && at(')')) {
            throw new InvalidLdapFilterException("'" + operator + "' needs at least one filter", position,
                    "absolute true and false, (&) and (|) of RFC 4526, are not supported");
        }
        if (filters.isEmpty()) {
            throw expected("'(' after '" + operator + "'");
        }
        return filters;
    }

    private LdapFilter item() {
        int attributeStart = position;
        String attribute = attribute();
        char operator = position < end ? text.charAt(position) : 0;
        if (operator == ':') {
            throw extensibleMatch();
        }
        if (operator == '=') {
            position++;
        } else if ((operator == '>' || operator == '<' || operator == '~')
                && position + 1 < end && text.charAt(position + 1) == '=') {
            position += 2;
        } else {
            throw expected("'=', '>=', '<=' or '~=' after '" + attribute + "'");
        }
        requireKnown(attribute, attributeStart);
        List<String> parts = value(operator == '=');
        return switch (operator) {
            case '>' -> new LdapFilter.GreaterOrEqual(attribute, parts.get(0));
            case '<' -> new LdapFilter.LessOrEqual(attribute, parts.get(0));
            case '~' -> new LdapFilter.Approx(attribute, parts.get(0));
            default -> equalityOrSubstring(attribute, parts);
        };
    }

    private static LdapFilter equalityOrSubstring(String attribute, List<String> parts) {
        if (parts.size() == 1) {
            return new LdapFilter.Equality(attribute, parts.get(0));
        }
        if (parts.size() == 2 && parts.get(0).isEmpty() && parts.get(1).isEmpty()) {
            return new LdapFilter.Present(attribute);
        }
        int last = parts.size() - 1;
        return new LdapFilter.Substring(attribute, parts.get(0), parts.subList(1, last), parts.get(last));
    }

    private String attribute() {
        int start = position;
        while (position < end && (isAttributeStart(text.charAt(position))
                || text.charAt(position) == '-' || text.charAt(position) == '.' || text.charAt(position) == ';')) {
            position++;
        }
        String attribute = text.substring(start, position);
        if (!ATTRIBUTE.matcher(attribute).matches()) {
            throw new InvalidLdapFilterException("'" + attribute + "' is not an attribute name", start,
                    "a name starts with a letter and has letters, digits and '-'; a numeric OID looks like 2.5.4.3");
        }
        return attribute;
    }

    private void requireKnown(String attribute, int attributeStart) {
        if (knownAttributes != null && !knownAttributes.containsKey(attribute.toLowerCase(Locale.ROOT))) {
            throw new InvalidLdapFilterException("unknown attribute '" + attribute + "'", attributeStart,
                    "known: " + String.join(", ", knownAttributes.values()));
        }
    }

    /**
     * Reads an assertion value up to ')' (or the end of a filter without parentheses), decoding escapes.
     * With {@code starsAllowed} it returns the parts between unescaped '*', otherwise exactly one part.
     */
    private List<String> value(boolean starsAllowed) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        int escapedStart = -1;
        int lastStar = -1;
        while (position < end && !at(')')) {
            char c = text.charAt(position);
            if (c == '\\') {
                escapedStart = escaped.size() == 0 ? position : escapedStart;
                escaped.write(escapedByte());
                continue;
            }
            decode(escaped, escapedStart, part);
            if (c == '*' && !starsAllowed) {
                throw new InvalidLdapFilterException("unescaped '*' in a value", position,
                        "'>=', '<=' and '~=' take no wildcards; write \\2a for a literal '*'");
            } else if (c == '*' && lastStar == position - 1) {
                throw new InvalidLdapFilterException("two '*' in a row", position, "write \\2a for a literal '*'");
            } else if (c == '*') {
                parts.add(part.toString());
                part.setLength(0);
                lastStar = position;
            } else if (c == '(') {
                throw new InvalidLdapFilterException("unescaped '(' in a value", position, "write \\28 for a literal '('");
            } else if (c == '\0') {
                throw new InvalidLdapFilterException("NUL in a value is not supported", position);
            } else {
                part.append(c);
            }
            position++;
        }
        decode(escaped, escapedStart, part);
        parts.add(part.toString());
        return parts;
    }

    private int escapedByte() {
        if (position + 2 < end && isHex(text.charAt(position + 1)) && isHex(text.charAt(position + 2))) {
            int value = Integer.parseInt(text, position + 1, position + 3, 16);
            position += 3;
            return value;
        }
        String escape = text.substring(position, Math.min(position + 3, end));
        throw new InvalidLdapFilterException("invalid escape '" + escape + "'", position,
                "'\\' must be followed by two hex digits; write \\5c for a literal '\\'");
    }

    /** Moves a run of escaped bytes into {@code part}; a run may encode one multibyte UTF-8 character. */
    private static void decode(ByteArrayOutputStream escaped, int escapedStart, StringBuilder part) {
        if (escaped.size() == 0) {
            return;
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(escaped.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidLdapFilterException("escaped bytes are not valid UTF-8", escapedStart);
        }
        if (decoded.indexOf('\0') >= 0) {
            throw new InvalidLdapFilterException("NUL (\\00) in a value is not supported", escapedStart);
        }
        part.append(decoded);
        escaped.reset();
    }

    private InvalidLdapFilterException trailing() {
        char c = text.charAt(position);
        if (c == ')') {
            return new InvalidLdapFilterException("unmatched ')'", position);
        }
        return new InvalidLdapFilterException("unexpected '" + c + "' after the end of the filter", position,
                c == '(' ? "combine filters with (&…) or (|…)" : null);
    }

    private InvalidLdapFilterException extensibleMatch() {
        return new InvalidLdapFilterException("extensible match is not supported", position);
    }

    private InvalidLdapFilterException expected(String what) {
        String found = position >= end ? "the end of the filter" : "'" + text.charAt(position) + "'";
        return new InvalidLdapFilterException("expected " + what + " but found " + found, position);
    }

    private void expect(char c) {
        if (!at(c)) {
            throw expected("'" + c + "'");
        }
        position++;
    }

    private boolean at(char c) {
        return position < end && text.charAt(position) == c;
    }

    private static boolean isAttributeStart(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80;
    }
}
