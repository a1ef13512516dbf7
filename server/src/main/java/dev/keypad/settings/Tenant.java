package dev.keypad.settings;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.policy.ChangePolicy;
import dev.keypad.policy.EffectivePolicies;
import dev.keypad.policy.PinPolicy;
import dev.keypad.policy.PolicyChanges;
import dev.keypad.policy.PolicyScope;
import dev.keypad.policy.Purpose;

/**
 * Reads and changes the tenant settings a field at a time (SPEC §5, §6). The conference PIN length
 * is the global conference policy's {@code generatedLength}: reading it reads the policy, changing it
 * changes the policy, so the two can never disagree. Thread-safe.
 */
@Component
public class Tenant {

    private final Settings settings;
    private final EffectivePolicies policies;
    private final ChangePolicy changePolicy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Tenant(Settings settings, EffectivePolicies policies, ChangePolicy changePolicy, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.policies = policies;
        this.changePolicy = changePolicy;
        this.events = events;
        this.clock = clock;
    }

    /** The fields to change; null leaves a field as it is. */
    public record Patch(Boolean automaticallySendEmailsToUsers, Integer pinLength, Boolean allowPstnOnlyMeetingsByDefault) {
    }

    public TenantSettings settings() {
        return of(settings.current());
    }

    /**
     * @return the settings after the change; unchanged settings are not saved or audited
     * @throws InvalidInputException naming {@code pinLength} when it is outside 4–12 or below the
     *     global conference policy's {@code minLength}; nothing changes then
     */
    @Transactional
    public TenantSettings change(Patch patch, Actor actor) {
        Settings.Row row = settings.lock();
        TenantSettings before = of(row);
        if (patch.pinLength() != null && patch.pinLength() != before.pinLength()) {
            requirePinLength(patch.pinLength());
            changePolicy.put(Purpose.CONFERENCE, PolicyScope.GLOBAL, PolicyChanges.of(Map.of("generatedLength", patch.pinLength())), actor);
        }
        Settings.Row changed = new Settings.Row(
                patch.automaticallySendEmailsToUsers() != null ? patch.automaticallySendEmailsToUsers() : row.automaticallySendEmailsToUsers(),
                patch.allowPstnOnlyMeetingsByDefault() != null ? patch.allowPstnOnlyMeetingsByDefault() : row.allowPstnOnlyMeetingsByDefault());
        if (!changed.equals(row)) {
            settings.save(changed, clock.instant());
        }
        TenantSettings after = of(changed);
        if (!after.equals(before)) {
            events.publishEvent(new SettingsEvent(before, after, actor));
        }
        return after;
    }

    private void requirePinLength(int length) {
        if (length < PinPolicy.MIN_LENGTH || length > PinPolicy.MAX_CONFERENCE_LENGTH) {
            throw new InvalidInputException("pinLength", "pinLength must be between " + PinPolicy.MIN_LENGTH + " and "
                    + PinPolicy.MAX_CONFERENCE_LENGTH + ", but is " + length);
        }
        int minLength = policies.book(Purpose.CONFERENCE).global().policy().minLength();
        if (length < minLength) {
            throw new InvalidInputException("pinLength", "pinLength " + length + " is below the global conference policy's minLength "
                    + minLength + "; lower that first (keypad policy set --purpose conference global --min-length " + length + ")");
        }
    }

    private TenantSettings of(Settings.Row row) {
        return new TenantSettings(row.automaticallySendEmailsToUsers(),
                policies.book(Purpose.CONFERENCE).global().policy().generatedLength(), row.allowPstnOnlyMeetingsByDefault());
    }
}
