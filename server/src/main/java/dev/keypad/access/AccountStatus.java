package dev.keypad.access;

import java.time.Instant;

/**
 * An account as an administrator's list shows it: whether it can sign in to the console with a
 * password, and whether failed sign-ins block it. Carries no secret or hash. Immutable.
 *
 * @param signInBlockedUntil when the last block after failed sign-ins ends; null when none was set.
 *                           It may lie in the past: see {@link #blockedAt(Instant)}
 */
public record AccountStatus(Account account, boolean hasPassword, Instant signInBlockedUntil) {

    /** Whether console sign-in is refused at {@code now} because of failed sign-ins. */
    public boolean blockedAt(Instant now) {
        return signInBlockedUntil != null && now.isBefore(signInBlockedUntil);
    }
}
