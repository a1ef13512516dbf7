package dev.keypad.access;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import dev.keypad.InvalidInputException;

/**
 * The rules for console passwords and their storage. Passwords are hashed with Argon2id
 * (Spring Security 5.8 settings: 16 MiB, 2 iterations, OWASP 2023); no pepper, unlike PINs, because a
 * password of 15 characters or more is not open to the brute force that a short PIN is.
 * Thread-safe.
 */
final class ConsolePassword {

    /** NIST SP 800-63B-4 §3.1.1.2: at least 15 characters for a password used on its own. */
    static final int MIN_LENGTH = 15;
    static final int MAX_LENGTH = 128;

    private static final Argon2PasswordEncoder ENCODER = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    /** Spent on unknown accounts, so a sign-in takes as long whether or not the name exists. */
    private static final String DECOY = ENCODER.encode("decoy password for unknown accounts");

    private ConsolePassword() {
    }

    /** @throws InvalidInputException naming {@code password} when the password breaks a rule */
    static String hash(String password, String accountName) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException("password", "The password must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", "The password may have at most " + MAX_LENGTH + " characters");
        }
        if (password.toLowerCase(java.util.Locale.ROOT).contains(accountName.toLowerCase(java.util.Locale.ROOT))) {
            throw new InvalidInputException("password", "The password must not contain the account name");
        }
        return ENCODER.encode(password);
    }

    /** @param hash an encoded hash, or null to spend the same time and answer false */
    static boolean matches(String password, String hash) {
        boolean matches = ENCODER.matches(password, hash == null ? DECOY : hash);
        return hash != null && matches;
    }
}
