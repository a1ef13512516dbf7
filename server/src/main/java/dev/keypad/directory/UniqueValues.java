package dev.keypad.directory;

import java.util.Map;

import org.springframework.dao.DuplicateKeyException;

import dev.keypad.ConflictException;

/**
 * Turns a taken unique value into a conflict that names the field and the user holding it.
 * Checked before writing so the message can name the other user; the database constraints
 * still decide when two writers race.
 */
final class UniqueValues {

    private static final Map<String, String> FIELD_BY_CONSTRAINT = Map.of(
            "users_sip_unique", "sipAddress",
            "users_upn_unique", "userPrincipalName",
            "users_logon_unique", "logonName",
            "users_dn_unique", "distinguishedName",
            "users_line_unique", "lineUri",
            "users_extension_unique", "extension");

    private UniqueValues() {
    }

    static void check(Users users, UserData data, Long exceptId) {
        users.findClash(data, exceptId).ifPresent(clash -> {
            throw conflict(clash.field(), valueOf(clash.field(), data), clash.user().identity());
        });
    }

    /** The conflict behind a constraint violation that a concurrent writer caused. */
    static ConflictException conflict(DuplicateKeyException e, UserData data) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(java.util.Locale.ROOT);
        String field = FIELD_BY_CONSTRAINT.entrySet().stream()
                .filter(entry -> message.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst().orElse("sipAddress");
        return conflict(field, valueOf(field, data), "another user");
    }

    private static ConflictException conflict(String field, String value, String holder) {
        if (field.equals("sipAddress")) {
            // The SIP address is the user: naming the holder would repeat it.
            return new ConflictException(field, holder, "A user with the SIP address '" + value + "' exists already");
        }
        String what = field.equals("extension") ? "extension '" + value + "' (unique per site)" : field + " '" + value + "'";
        return new ConflictException(field, holder, "The " + what + " already belongs to " + holder);
    }

    private static String valueOf(String field, UserData data) {
        return switch (field) {
            case "userPrincipalName" -> data.userPrincipalName();
            case "logonName" -> data.logonName();
            case "distinguishedName" -> data.distinguishedName();
            case "lineUri" -> data.lineUri();
            case "extension" -> data.extension();
            default -> data.sipAddress();
        };
    }
}
