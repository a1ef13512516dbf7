package dev.keypad.console;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import dev.keypad.InvalidInputException;
import dev.keypad.NotFoundException;
import dev.keypad.directory.AmbiguousIdentityException;
import dev.keypad.directory.FindUsers;
import dev.keypad.directory.InvalidLdapFilterException;
import dev.keypad.directory.Selection;
import dev.keypad.directory.User;
import dev.keypad.directory.UserPage;

/**
 * Runs the console's users search: one box for any identity form (SPEC §2) plus the line URI and
 * extension, narrowed by OU, site and LDAP filter. Every query is a keyset page of the directory's
 * indexed lookups; nothing counts all matches. Thread-safe.
 */
@Component
class UserSearch {

    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{1,20}");

    private final FindUsers find;

    UserSearch(FindUsers find) {
        this.find = find;
    }

    /**
     * One page of the users the form asks for; empty when nobody matches.
     *
     * @throws InvalidInputException naming the form field at fault ({@code search}, {@code ou},
     *                               {@code ldapFilter}, {@code size} or {@code after})
     */
    UserPage page(UserSearchForm form) {
        int size = size(form.size());
        Selection selection = selection(form);
        String after = UserSearchForm.given(form.after()) ? form.after().trim() : null;
        if (!UserSearchForm.given(form.search())) {
            return find.select(selection, after, size);
        }
        String search = form.search().trim();
        if (isWildcard(search)) {
            return find.select(new Selection(selection.ou(), selection.ldapFilter(), selection.site(), null, search), after, size);
        }
        if (form.hasSelection()) {
            throw new InvalidInputException("search", "A SIP address, UPN, logon name or DN names one user and cannot be narrowed"
                    + " by OU, site or LDAP filter; clear those, or search display names with * (e.g. \"Ken*\")");
        }
        return identity(search, after, size);
    }

    private UserPage identity(String search, String after, int size) {
        try {
            return new UserPage(List.of(find.one(search)), null);
        } catch (AmbiguousIdentityException e) {
            // Only display names are shared; list everyone who has this one.
            return find.select(Selection.displayNamesLike(search), after, size);
        } catch (NotFoundException e) {
            return lineOrExtension(search);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("search", e.getMessage());
        }
    }

    /** The other ways people name a user at the help desk: their number. */
    private UserPage lineOrExtension(String search) {
        try {
            if (search.regionMatches(true, 0, "tel:", 0, 4)) {
                return new UserPage(List.of(find.byLineUri(search)), null);
            }
            if (NUMBER.matcher(search).matches()) {
                return search.startsWith("+") ? new UserPage(List.of(find.byLineUri("tel:" + search)), null)
                        : new UserPage(List.of(find.byExtension(search, null)), null);
            }
        } catch (NotFoundException e) {
            return new UserPage(List.of(), null);
        } catch (AmbiguousIdentityException e) {
            // An extension used at several sites: one user per site, a handful at most.
            return new UserPage(e.matches().stream().map(find::bySipAddress).toList(), null);
        }
        return new UserPage(List.of(), null);
    }

    private static boolean isWildcard(String search) {
        try {
            return FindUsers.isWildcard(search);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("search", e.getMessage());
        }
    }

    private static Selection selection(UserSearchForm form) {
        try {
            return Selection.of(form.ou(), form.ldapFilter(), form.site(), null);
        } catch (InvalidLdapFilterException e) {
            throw new InvalidInputException("ldapFilter", e.getMessage());
        }
    }

    private static int size(String text) {
        if (!UserSearchForm.given(text)) {
            return UserSearchForm.DEFAULT_SIZE;
        }
        try {
            int size = Integer.parseInt(text.trim());
            if (size >= 1 && size <= UserSearchForm.MAX_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number out of range
        }
        throw new InvalidInputException("size", "Page size must be a whole number from 1 to " + UserSearchForm.MAX_SIZE);
    }
}
