package dev.keypad.directory;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.keypad.InvalidInputException;

/**
 * What the directory knows of a user (SPEC §2), validated and normalized on construction:
 * every field is trimmed, empty text becomes {@code null}, and the SIP address always carries
 * its {@code sip:} scheme. Immutable. Field names are those of the REST API and CSV columns,
 * so error messages name what the caller sent.
 */
public record UserData(
        String sipAddress, String displayName, String userPrincipalName, String logonName,
        String distinguishedName, String email, String lineUri, String extension, String site,
        String title, String department, String city, String company) {

    private static final Pattern SIP = Pattern.compile("[^\\s@:;<>\"*\\\\]+@[A-Za-z0-9.-]+");
    private static final Pattern UPN = Pattern.compile("[^\\s@*\\\\]+@[A-Za-z0-9.-]+");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"]+@[A-Za-z0-9.-]+\\.[A-Za-z0-9-]+");
    private static final Pattern LOGON = Pattern.compile("[^\\s\\\\*/]+\\\\[^\\s\\\\*/@]+");
    private static final Pattern LINE_URI = Pattern.compile("(?i)tel:\\+?[0-9]{3,20}(;ext=[0-9]{1,10})?");
    private static final Pattern EXTENSION = Pattern.compile("[0-9]{1,15}");

    public UserData {
        sipAddress = sipAddress(required("sipAddress", sipAddress));
        displayName = text("displayName", required("displayName", displayName), 256);
        userPrincipalName = matching("userPrincipalName", userPrincipalName, UPN, "name@domain, e.g. kenmyer@litwareinc.com");
        logonName = matching("logonName", logonName, LOGON, "DOMAIN\\name, e.g. litwareinc\\kenmyer");
        distinguishedName = distinguishedName == null || distinguishedName.isBlank() ? null
                : DistinguishedName.parse("distinguishedName", distinguishedName).text();
        email = matching("email", email, EMAIL, "an e-mail address, e.g. kenmyer@litwareinc.com");
        lineUri = matching("lineUri", lineUri, LINE_URI, "tel:+ and digits, e.g. tel:+14255550100");
        extension = matching("extension", extension, EXTENSION, "1 to 15 digits");
        site = text("site", site, 128);
        title = text("title", title, 256);
        department = text("department", department, 256);
        city = text("city", city, 256);
        company = text("company", company, 256);
    }

    /** The canonical form of a SIP address: {@code sip:} followed by the address. */
    public static String sipAddress(String text) {
        String trimmed = text.trim();
        String address = trimmed.regionMatches(true, 0, "sip:", 0, 4) ? trimmed.substring(4) : trimmed;
        if (address.length() > 252 || !SIP.matcher(address).matches()) {
            throw new InvalidInputException("sipAddress", "sipAddress '" + text + "' is not a SIP address; expected sip:user@domain, e.g. sip:kenmyer@litwareinc.com");
        }
        return "sip:" + address;
    }

    /** The lower-cased form by which identities are matched. */
    public static String key(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** The distinguished name parsed, or null when the user has none. */
    public DistinguishedName dn() {
        return distinguishedName == null ? null : DistinguishedName.parse("distinguishedName", distinguishedName);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value;
    }

    private static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, field + " is " + trimmed.length() + " characters long; at most " + maxLength + " are allowed");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, field + " contains a control character");
        }
        return trimmed;
    }

    private static String matching(String field, String value, Pattern pattern, String expected) {
        String trimmed = text(field, value, 256);
        if (trimmed != null && !pattern.matcher(trimmed).matches()) {
            throw new InvalidInputException(field, field + " '" + trimmed + "' is not valid; expected " + expected);
        }
        return trimmed;
    }
}
