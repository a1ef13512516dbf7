package dev.keypad.directory.api;

import java.time.Instant;

import dev.keypad.directory.User;
import dev.keypad.directory.UserData;

/** A user as the API shows it; {@code identity} is the canonical SIP address. */
record UserResponse(
        String identity, String sipAddress, String displayName, String userPrincipalName, String logonName,
        String distinguishedName, String email, String lineUri, String extension, String site,
        String title, String department, String city, String company, Instant createdAt, Instant updatedAt) {

    static UserResponse of(User user) {
        UserData d = user.data();
        return new UserResponse(user.identity(), d.sipAddress(), d.displayName(), d.userPrincipalName(),
                d.logonName(), d.distinguishedName(), d.email(), d.lineUri(), d.extension(), d.site(), d.title(),
                d.department(), d.city(), d.company(), user.createdAt(), user.updatedAt());
    }
}
