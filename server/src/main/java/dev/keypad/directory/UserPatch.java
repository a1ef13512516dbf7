package dev.keypad.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Changes to a user: a {@code null} field keeps the current value, an empty string clears it.
 * Immutable.
 */
public record UserPatch(
        String sipAddress, String displayName, String userPrincipalName, String logonName,
        String distinguishedName, String email, String lineUri, String extension, String site,
        String title, String department, String city, String company) {

    /** The user's data with this patch applied, validated as a whole. */
    public UserData applyTo(UserData current) {
        return new UserData(
                pick(sipAddress, current.sipAddress()), pick(displayName, current.displayName()),
                pick(userPrincipalName, current.userPrincipalName()), pick(logonName, current.logonName()),
                pick(distinguishedName, current.distinguishedName()), pick(email, current.email()),
                pick(lineUri, current.lineUri()), pick(extension, current.extension()), pick(site, current.site()),
                pick(title, current.title()), pick(department, current.department()), pick(city, current.city()),
                pick(company, current.company()));
    }

    private static String pick(String change, String current) {
        return change == null ? current : change;
    }

    /** The names of the fields that differ between two versions of a user, in API order. */
    public static List<String> changedFields(UserData before, UserData after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "sipAddress", UserData::sipAddress, before, after);
        compare(changed, "displayName", UserData::displayName, before, after);
        compare(changed, "userPrincipalName", UserData::userPrincipalName, before, after);
        compare(changed, "logonName", UserData::logonName, before, after);
        compare(changed, "distinguishedName", UserData::distinguishedName, before, after);
        compare(changed, "email", UserData::email, before, after);
        compare(changed, "lineUri", UserData::lineUri, before, after);
        compare(changed, "extension", UserData::extension, before, after);
        compare(changed, "site", UserData::site, before, after);
        compare(changed, "title", UserData::title, before, after);
        compare(changed, "department", UserData::department, before, after);
        compare(changed, "city", UserData::city, before, after);
        compare(changed, "company", UserData::company, before, after);
        return changed;
    }

    private static void compare(List<String> changed, String field, Function<UserData, String> value,
                                UserData before, UserData after) {
        if (!java.util.Objects.equals(value.apply(before), value.apply(after))) {
            changed.add(field + ": " + printable(value.apply(before)) + " -> " + printable(value.apply(after)));
        }
    }

    private static String printable(String value) {
        return value == null ? "(none)" : value;
    }
}
