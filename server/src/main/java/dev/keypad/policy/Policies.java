package dev.keypad.policy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stored policies and grants. Thread-safe; joins the caller's transaction. */
public interface Policies {

    /** Every policy of a purpose (or of all purposes when null): global first, then by scope. */
    List<ScopedPolicy> list(Purpose purpose);

    Optional<ScopedPolicy> find(Purpose purpose, PolicyScope scope);

    /** Creates or replaces the policy of a scope. */
    ScopedPolicy save(PolicyScope scope, PinPolicy policy, Instant now);

    /** Removes a site or tag policy and its grants. @return whether it existed */
    boolean delete(Purpose purpose, PolicyScope scope);

    /** The tag policy granted to each of these users for a purpose, by user id; users without a grant are absent. */
    Map<Long, Long> grants(Purpose purpose, Collection<Long> userIds);

    /** Grants a tag policy to a user, replacing an earlier grant. @return the policy id granted before, if any */
    Optional<Long> grant(long userId, Purpose purpose, long policyId);

    /** @return whether the user had a grant */
    boolean revoke(long userId, Purpose purpose);
}
