package dev.keypad.directory.api;

import java.util.List;

import dev.keypad.directory.UserPage;

/**
 * One page of users.
 *
 * @param next pass as {@code after} to get the next page; null on the last page
 */
record UserPageResponse(List<UserResponse> items, String next) {

    static UserPageResponse of(UserPage page) {
        return new UserPageResponse(page.users().stream().map(UserResponse::of).toList(), page.next());
    }
}
