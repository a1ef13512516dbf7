package dev.keypad.policy;

import java.util.Locale;

import dev.keypad.InvalidInputException;

/**
 * Where a policy applies (SPEC §3): everyone ({@code global}), the users of a site
 * ({@code site:Redmond}) or the users it is granted to ({@code tag:Executives}). Immutable.
 *
 * @param kind what the scope is
 * @param name the site or tag name as given; null for {@code global}
 */
public record PolicyScope(Kind kind, String name) {

    public enum Kind { GLOBAL, SITE, TAG }

    public static final PolicyScope GLOBAL = new PolicyScope(Kind.GLOBAL, null);

    public PolicyScope {
        if ((kind == Kind.GLOBAL) != (name == null)) {
            throw new IllegalArgumentException("a global scope has no name, every other scope has one");
        }
        if (name != null && (name.isBlank() || name.length() > 128 || name.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidInputException("scope", "The scope name must be 1 to 128 printable characters");
        }
    }

    /** Parses {@code global}, {@code site:NAME} or {@code tag:NAME}; the prefix is case-insensitive. */
    public static PolicyScope parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.equalsIgnoreCase("global")) {
            return GLOBAL;
        }
        int colon = trimmed.indexOf(':');
        String prefix = colon < 0 ? "" : trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
        String name = colon < 0 ? "" : trimmed.substring(colon + 1).trim();
        if (prefix.equals("site") && !name.isEmpty()) {
            return new PolicyScope(Kind.SITE, name);
        }
        if (prefix.equals("tag") && !name.isEmpty()) {
            return new PolicyScope(Kind.TAG, name);
        }
        throw new InvalidInputException("scope", "scope '" + text + "' is not global, site:NAME or tag:NAME");
    }

    public static PolicyScope site(String name) {
        return new PolicyScope(Kind.SITE, name);
    }

    public static PolicyScope tag(String name) {
        return new PolicyScope(Kind.TAG, name);
    }

    /** As shown and stored: {@code global}, {@code site:Redmond}, {@code tag:Executives}. */
    public String text() {
        return kind == Kind.GLOBAL ? "global" : kind.name().toLowerCase(Locale.ROOT) + ":" + name;
    }

    /** The case-insensitive form a scope is found by. */
    public String key() {
        return text().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return text();
    }
}
