package dev.keypad.policy;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.Actor;
import dev.keypad.directory.FindUsers;
import dev.keypad.directory.User;

/** Grants tag policies to users, or takes a grant away (SPEC §3). Thread-safe. */
@Component
public class GrantPolicy {

    private final Policies policies;
    private final FindUsers find;
    private final ApplicationEventPublisher events;

    GrantPolicy(Policies policies, FindUsers find, ApplicationEventPublisher events) {
        this.policies = policies;
        this.find = find;
        this.events = events;
    }

    /**
     * Grants {@code tag:NAME} to every user an identity names (or, with a null tag, takes their
     * grant away).
     *
     * @return the users affected and whether each changed
     * @throws dev.keypad.NotFoundException when the identity or the tag policy does not exist
     */
    @Transactional
    public List<Granted> grant(Purpose purpose, String identity, String tag, Actor actor) {
        ScopedPolicy policy = null;
        if (tag != null) {
            PolicyScope scope = PolicyScope.tag(tag.regionMatches(true, 0, "tag:", 0, 4) ? tag.substring(4) : tag);
            policy = policies.find(purpose, scope).orElseThrow(() -> ChangePolicy.notFound(purpose, scope));
        }
        List<User> users = find.all(identity);
        ScopedPolicy granted = policy;
        return users.stream().map(user -> {
            boolean changed = granted == null ? policies.revoke(user.id(), purpose)
                    : !policies.grant(user.id(), purpose, granted.id()).equals(java.util.Optional.of(granted.id()));
            if (changed) {
                events.publishEvent(new PolicyEvent.PolicyGranted(user.identity(), purpose,
                        granted == null ? null : granted.scope(), actor));
            }
            return new Granted(user.identity(), changed);
        }).toList();
    }

    /** @param changed false when the user already had (or lacked) that grant */
    public record Granted(String identity, boolean changed) {
    }
}
