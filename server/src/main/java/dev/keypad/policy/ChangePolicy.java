package dev.keypad.policy;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.Actor;
import dev.keypad.NotFoundException;

/**
 * Creates, changes and removes policies (SPEC §3). A change applies at once: PINs that no longer
 * comply are found at their next use and must be changed then. Thread-safe.
 */
@Component
public class ChangePolicy {

    private final Policies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangePolicy(Policies policies, ApplicationEventPublisher events, Clock clock) {
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Applies changes to the policy of a scope, creating it from the purpose's defaults if needed.
     *
     * @throws dev.keypad.InvalidInputException naming the field whose value or rule is broken
     */
    @Transactional
    public ScopedPolicy put(Purpose purpose, PolicyScope scope, PolicyChanges changes, Actor actor) {
        Optional<ScopedPolicy> existing = policies.find(purpose, scope);
        PinPolicy before = existing.map(ScopedPolicy::policy).orElse(null);
        PinPolicy after = changes.applyTo(before == null ? PinPolicy.defaults(purpose) : before);
        if (after.equals(before)) {
            return existing.get();
        }
        ScopedPolicy saved = policies.save(scope, after, clock.instant());
        events.publishEvent(new PolicyEvent.PolicyChanged(before, saved, actor));
        return saved;
    }

    /**
     * Removes a site or tag policy with its grants; "removing" the global policy resets it to the
     * defaults, because a global policy always exists.
     *
     * @throws NotFoundException when there is no such policy
     */
    @Transactional
    public void remove(Purpose purpose, PolicyScope scope, Actor actor) {
        if (scope.kind() == PolicyScope.Kind.GLOBAL) {
            policies.save(scope, PinPolicy.defaults(purpose), clock.instant());
        } else if (!policies.delete(purpose, scope)) {
            throw notFound(purpose, scope);
        }
        events.publishEvent(new PolicyEvent.PolicyRemoved(purpose, scope, actor));
    }

    static NotFoundException notFound(Purpose purpose, PolicyScope scope) {
        return new NotFoundException(scope.text(), "There is no " + purpose.jsonName() + " policy " + scope.text());
    }
}
