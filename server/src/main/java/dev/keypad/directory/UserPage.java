package dev.keypad.directory;

import java.util.List;

/**
 * One page of a listing, in SIP-address order.
 *
 * @param users the users of this page
 * @param next  the cursor that continues the listing after this page, or null at its end
 */
public record UserPage(List<User> users, String next) {
}
