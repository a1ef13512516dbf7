package dev.keypad.settings;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.Actor;

/** Changes the tenant settings a field at a time and reports the change for the audit log. Thread-safe. */
@Component
public class ChangeSettings {

    private final Settings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeSettings(Settings settings, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The fields to change; null leaves a field as it is.
     */
    public record Patch(Boolean automaticallySendEmailsToUsers) {
    }

    /** @return the settings after the change; unchanged settings are not saved or audited */
    @Transactional
    public TenantSettings change(Patch patch, Actor actor) {
        TenantSettings before = settings.lock();
        TenantSettings after = new TenantSettings(patch.automaticallySendEmailsToUsers() != null
                ? patch.automaticallySendEmailsToUsers() : before.automaticallySendEmailsToUsers());
        if (!after.equals(before)) {
            settings.save(after, clock.instant());
            events.publishEvent(new SettingsEvent(before, after, actor));
        }
        return after;
    }
}
