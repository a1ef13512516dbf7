package dev.keypad.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import dev.keypad.InvalidInputException;

/**
 * An LDAP distinguished name such as {@code CN=Ken Myer,OU=Redmond,DC=litwareinc,DC=com}, with
 * the two normalized forms the directory matches by. Immutable.
 *
 * @param text as given, trimmed
 * @param key  lower-cased RDNs without insignificant spaces, leaf first: equal DNs have equal keys
 * @param path lower-cased RDNs root first, each followed by a comma: a DN lies in an OU (or below
 *             it) exactly when its path starts with the OU's path
 */
public record DistinguishedName(String text, String key, String path) {

    public static DistinguishedName parse(String field, String text) {
        String trimmed = text.trim();
        List<Rdn> rdns;
        try {
            rdns = new LdapName(trimmed).getRdns();
        } catch (InvalidNameException | IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " '" + text + "' is not a distinguished name (RFC 4514), e.g. CN=Ken Myer,OU=Redmond,DC=litwareinc,DC=com");
        }
        if (rdns.isEmpty()) {
            throw new InvalidInputException(field, field + " is empty");
        }
        List<String> rootFirst = new ArrayList<>();
        for (Rdn rdn : rdns) {
            rootFirst.add(normalize(rdn));
        }
        StringBuilder path = new StringBuilder();
        rootFirst.forEach(rdn -> path.append(rdn).append(','));
        List<String> leafFirst = new ArrayList<>(rootFirst);
        java.util.Collections.reverse(leafFirst);
        return new DistinguishedName(trimmed, String.join(",", leafFirst), path.toString());
    }

    private static String normalize(Rdn rdn) {
        return (rdn.getType() + "=" + Rdn.escapeValue(rdn.getValue())).toLowerCase(Locale.ROOT);
    }
}
