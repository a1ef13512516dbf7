package dev.keypad.policy;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored policy: its scope and its rules. Immutable.
 *
 * @param id        the database key, used to join grants; never shown
 * @param updatedAt when it was last changed
 */
public record ScopedPolicy(long id, PolicyScope scope, PinPolicy policy, Instant updatedAt) {

    public ScopedPolicy {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(policy, "policy");
    }

    public Purpose purpose() {
        return policy.purpose();
    }
}
