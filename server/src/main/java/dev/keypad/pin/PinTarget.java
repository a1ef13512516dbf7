package dev.keypad.pin;

import dev.keypad.policy.PolicyBook;
import dev.keypad.policy.ScopedPolicy;

/**
 * A user a PIN operation acts on, with what the PIN rules and the user's mail need to know of
 * them. Immutable.
 *
 * @param email           the user's primary address, or null
 * @param grantedPolicyId the tag policy granted for the purpose, or null
 */
record PinTarget(long userId, String identity, String displayName, String email, String site, String extension,
                 String lineUri, Long grantedPolicyId) {

    ScopedPolicy policy(PolicyBook book) {
        return book.effective(grantedPolicyId, site);
    }

    PinContext context() {
        return PinContext.of(extension, lineUri);
    }
}
