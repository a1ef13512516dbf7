package dev.keypad.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * All policies of one purpose, read once for an operation, answering "which policy applies to this
 * user" without another query per user (SPEC §3: tag → site → global). Immutable.
 */
public final class PolicyBook {

    private final ScopedPolicy global;
    private final Map<String, ScopedPolicy> byScope;
    private final Map<Long, ScopedPolicy> byId;

    PolicyBook(List<ScopedPolicy> policies) {
        this.byScope = policies.stream().collect(Collectors.toMap(p -> p.scope().key(), p -> p));
        this.byId = new HashMap<>();
        policies.forEach(policy -> byId.put(policy.id(), policy));
        this.global = byScope.get(PolicyScope.GLOBAL.key());
        if (global == null) {
            throw new IllegalStateException("The global policy is missing from the database");
        }
    }

    /**
     * @param grantedPolicyId the tag policy granted to the user, or null
     * @param site            the user's site, or null
     */
    public ScopedPolicy effective(Long grantedPolicyId, String site) {
        if (grantedPolicyId != null && byId.containsKey(grantedPolicyId)) {
            return byId.get(grantedPolicyId);
        }
        if (site != null) {
            ScopedPolicy sitePolicy = byScope.get(PolicyScope.site(site).key());
            if (sitePolicy != null) {
                return sitePolicy;
            }
        }
        return global;
    }

    public ScopedPolicy global() {
        return global;
    }

    public java.util.Collection<ScopedPolicy> all() {
        return byScope.values();
    }
}
