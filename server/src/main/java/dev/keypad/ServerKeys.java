package dev.keypad;

/**
 * The server's versioned secret keys, kept outside the database (SPEC §7). Features derive their
 * own keys from them, each with its own label, so that no two uses share a key. Thread-safe.
 */
public interface ServerKeys {

    /** The version new secrets are made with: the highest. */
    int currentVersion();

    /**
     * A copy of the key of one version, which the caller should zero after use.
     *
     * @throws IllegalStateException when there is no such version (any more)
     */
    byte[] key(int version);
}
