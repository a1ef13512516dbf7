package dev.keypad.policy;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.directory.User;

/** Which policy applies to whom (SPEC §3: tag → site → global). Thread-safe. */
@Component
@Transactional(readOnly = true)
public class EffectivePolicies {

    private final Policies policies;

    EffectivePolicies(Policies policies) {
        this.policies = policies;
    }

    /** All policies of a purpose, for an operation over many users. */
    public PolicyBook book(Purpose purpose) {
        return new PolicyBook(policies.list(purpose));
    }

    public ScopedPolicy of(User user, Purpose purpose) {
        return book(purpose).effective(policies.grants(purpose, List.of(user.id())).get(user.id()), user.data().site());
    }

    /** The tag policies granted to these users, by user id. */
    public Map<Long, Long> grants(Purpose purpose, java.util.Collection<Long> userIds) {
        return policies.grants(purpose, userIds);
    }
}
