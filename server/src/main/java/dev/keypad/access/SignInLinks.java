package dev.keypad.access;

import java.time.Instant;
import java.util.Optional;

/**
 * The stored self-service sign-in links, by the SHA-256 of their token (ADR 0013). Thread-safe;
 * joins the caller's transaction.
 */
public interface SignInLinks {

    void add(long userId, String tokenHash, Instant createdAt, Instant expiresAt);

    /** How many links a user was given at or after {@code since}, used or not. */
    int countSince(long userId, Instant since);

    /**
     * Marks an unused, unexpired link used in one statement, so of two uses at the same time, on
     * any number of servers, exactly one succeeds.
     *
     * @return the user the link was for, when this call used it; empty when it was unknown,
     *     expired or used already
     */
    Optional<Long> use(String tokenHash, Instant now);

    /** A link as stored, to tell why it could not be used. */
    Optional<Link> find(String tokenHash);

    /** Forgets the links made before {@code before}. */
    void removeCreatedBefore(Instant before);

    /** @param usedAt null while unused */
    record Link(long userId, Instant expiresAt, Instant usedAt) {
    }
}
