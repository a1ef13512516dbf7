package dev.keypad.access;

import java.time.Instant;

/**
 * An account as console sign-in sees it. {@link #toString()} leaves the hash out.
 *
 * @param passwordHash the encoded Argon2id hash, or null when the account has no password
 * @param blockedUntil sign-in is refused until then after repeated failures; null when not blocked
 */
public record ConsoleCredentials(Account account, String passwordHash, Instant blockedUntil) {

    @Override
    public String toString() {
        return "ConsoleCredentials[account=" + account.name() + ", password=" + (passwordHash == null ? "none" : "set")
                + ", blockedUntil=" + blockedUntil + "]";
    }
}
