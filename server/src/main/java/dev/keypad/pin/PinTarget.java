package dev.keypad.pin;

import dev.keypad.policy.PolicyBook;
import dev.keypad.policy.ScopedPolicy;

/**
 * A user a PIN operation acts on, with what the PIN rules need to know of them. Immutable.
 *
 * @param grantedPolicyId the tag policy granted for the purpose, or null
 */
record PinTarget(long userId, String identity, String site, String extension, String lineUri, Long grantedPolicyId) {

    ScopedPolicy policy(PolicyBook book) {
        return book.effective(grantedPolicyId, site);
    }

    PinContext context() {
        return PinContext.of(extension, lineUri);
    }
}
