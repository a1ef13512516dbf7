package dev.keypad.directory;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.InvalidInputException;
import dev.keypad.NotFoundException;

/**
 * Resolves identities (SPEC §2) and runs selections. Thread-safe.
 */
@Component
@Transactional(readOnly = true)
public class FindUsers {

    static final int AMBIGUITY_SAMPLE = 11;
    /** A wildcard that names more users than this is refused: selections are the tool for that. */
    public static final int MAX_WILDCARD_MATCHES = 10_000;

    private final Users users;

    FindUsers(Users users) {
        this.users = users;
    }

    /**
     * The one user an identity names.
     *
     * @throws NotFoundException          when it names nobody
     * @throws AmbiguousIdentityException when it names several, wildcards included
     * @throws InvalidInputException      when the identity is empty or misplaces a wildcard
     */
    public User one(String identity) {
        List<User> found = isWildcard(identity)
                ? users.select(Selection.displayNamesLike(identity.trim()), null, AMBIGUITY_SAMPLE).users()
                : users.findByIdentity(checked(identity), AMBIGUITY_SAMPLE);
        if (found.isEmpty()) {
            throw NotFoundException.user(identity);
        }
        if (found.size() > 1) {
            throw new AmbiguousIdentityException(identity, found.stream().map(User::identity).toList());
        }
        return found.get(0);
    }

    /**
     * One page of the users an identity names: one user, or every match of a wildcard.
     *
     * @throws NotFoundException          when it names nobody
     * @throws AmbiguousIdentityException when a non-wildcard identity names several
     */
    public UserPage named(String identity, String after, int limit) {
        if (isWildcard(identity)) {
            UserPage page = users.select(Selection.displayNamesLike(identity.trim()), after, limit);
            if (page.users().isEmpty() && after == null) {
                throw NotFoundException.user(identity);
            }
            return page;
        }
        return new UserPage(List.of(one(identity)), null);
    }

    /**
     * Every user an identity names: one, or each match of a wildcard.
     *
     * @throws NotFoundException          when it names nobody
     * @throws AmbiguousIdentityException when a non-wildcard identity names several
     * @throws InvalidInputException      when a wildcard names more than {@link #MAX_WILDCARD_MATCHES}
     */
    public List<User> all(String identity) {
        if (!isWildcard(identity)) {
            return List.of(one(identity));
        }
        UserPage page = users.select(Selection.displayNamesLike(identity.trim()), null, MAX_WILDCARD_MATCHES + 1);
        if (page.users().isEmpty()) {
            throw NotFoundException.user(identity);
        }
        if (page.users().size() > MAX_WILDCARD_MATCHES) {
            throw new InvalidInputException("identity", "'" + identity + "' matches more than " + MAX_WILDCARD_MATCHES
                    + " users; select them with ou, ldapFilter or site instead");
        }
        return page.users();
    }

    /**
     * @param sipAddress with or without {@code sip:}
     * @throws NotFoundException     when nobody has it
     * @throws InvalidInputException when it is not a SIP address
     */
    public User bySipAddress(String sipAddress) {
        return users.findBySipAddress(sipAddress).orElseThrow(() -> NotFoundException.user(sipAddress));
    }

    /**
     * The user with this internal id, for features that keep users by id.
     *
     * @throws NotFoundException when the user was removed
     */
    public User byId(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException(Long.toString(id), "The user " + id + " no longer exists"));
    }

    /**
     * The user with this line URI (case-insensitive).
     *
     * @throws NotFoundException when nobody has it
     */
    public User byLineUri(String lineUri) {
        return users.findByLineUri(lineUri).orElseThrow(() -> new NotFoundException(lineUri, "No user has the line URI '" + lineUri + "'"));
    }

    /**
     * The user with this extension, at a site when given (extensions are unique per site).
     *
     * @throws NotFoundException          when nobody has it
     * @throws AmbiguousIdentityException when several sites use it and no site was given
     */
    public User byExtension(String extension, String site) {
        List<User> found = users.findByExtension(extension, site, AMBIGUITY_SAMPLE);
        if (found.isEmpty()) {
            throw new NotFoundException(extension, "No user has the extension '" + extension + "'" + (site == null ? "" : " at site '" + site + "'"));
        }
        if (found.size() > 1) {
            throw new AmbiguousIdentityException(extension, found.stream().map(User::identity).toList());
        }
        return found.get(0);
    }

    public UserPage select(Selection selection, String after, int limit) {
        return users.select(selection, after, limit);
    }

    /**
     * Whether an identity is a display-name pattern. A {@code *} anywhere else is refused, so that
     * {@code sip:*@litwareinc.com} cannot quietly act on a whole domain.
     *
     * @throws InvalidInputException naming {@code identity} when it is empty or has a {@code *} outside a display name
     */
    public static boolean isWildcard(String identity) {
        String text = checked(identity);
        if (!text.contains("*")) {
            return false;
        }
        boolean otherForm = text.regionMatches(true, 0, "sip:", 0, 4) || text.contains("@")
                || text.contains("\\") || text.contains("=");
        if (otherForm) {
            throw new InvalidInputException("identity", "The * wildcard is allowed only in display names (e.g. \"* Smith\"), not in '" + identity + "'");
        }
        return true;
    }

    private static String checked(String identity) {
        if (identity == null || identity.isBlank()) {
            throw new InvalidInputException("identity", "identity is empty");
        }
        if (identity.length() > 1024) {
            throw new InvalidInputException("identity", "identity is longer than 1024 characters");
        }
        return identity.trim();
    }
}
