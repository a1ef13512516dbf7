package dev.keypad.console;

import java.util.List;

import dev.keypad.policy.PolicyBook;
import dev.keypad.policy.PolicyScope;
import dev.keypad.policy.ScopedPolicy;

/**
 * Which policy of a purpose applies to a user and which tag policies could be granted instead
 * (SPEC §3: tag → site → global), as the user page shows it. Immutable.
 *
 * @param applies      the scope of the policy that applies, e.g. {@code tag:Executives}
 * @param granted      the tag policy granted to the user, or null when none is
 * @param withoutGrant what applies when no tag policy is granted: {@code site:NAME} or {@code global}
 * @param tags         the tag policies of the purpose, by name
 */
record PolicyChoice(String applies, String granted, String withoutGrant, List<String> tags) {

    /**
     * @param grantedPolicyId the tag policy granted to the user, or null
     * @param site            the user's site, or null
     */
    static PolicyChoice of(PolicyBook book, Long grantedPolicyId, String site) {
        ScopedPolicy applies = book.effective(grantedPolicyId, site);
        boolean tag = applies.scope().kind() == PolicyScope.Kind.TAG;
        return new PolicyChoice(applies.scope().text(), tag ? applies.scope().text() : null,
                book.effective(null, site).scope().text(),
                book.all().stream().map(ScopedPolicy::scope).filter(scope -> scope.kind() == PolicyScope.Kind.TAG)
                        .map(PolicyScope::text).sorted(String.CASE_INSENSITIVE_ORDER).toList());
    }

    /** "tag:Executives (granted)", "site:Redmond (by site)" or "global". */
    public String appliesText() {
        if (granted != null) {
            return applies + " (granted)";
        }
        return applies.startsWith("site:") ? applies + " (by site)" : applies;
    }

    /** The choice that takes a grant away, named after what applies then: "global (no grant)". */
    public String noGrantText() {
        return withoutGrant + " (no grant)";
    }
}
