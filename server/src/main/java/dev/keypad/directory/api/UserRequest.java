package dev.keypad.directory.api;

import dev.keypad.directory.UserData;
import dev.keypad.directory.UserPatch;

/** A user as the API receives it, for adding (all fields) or changing (the fields to change). */
record UserRequest(
        String sipAddress, String displayName, String userPrincipalName, String logonName,
        String distinguishedName, String email, String lineUri, String extension, String site,
        String title, String department, String city, String company) {

    UserData toUser() {
        return new UserData(sipAddress, displayName, userPrincipalName, logonName, distinguishedName, email,
                lineUri, extension, site, title, department, city, company);
    }

    UserPatch toPatch() {
        return new UserPatch(sipAddress, displayName, userPrincipalName, logonName, distinguishedName, email,
                lineUri, extension, site, title, department, city, company);
    }
}
