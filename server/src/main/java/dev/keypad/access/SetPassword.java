package dev.keypad.access;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.NotFoundException;

/** Sets the console password of an account. Thread-safe. */
@Component
public class SetPassword {

    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SetPassword(Accounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param password the new password; never stored or logged, only its hash
     * @throws InvalidInputException naming {@code password} when it breaks a rule of {@link ConsolePassword},
     *                               or {@code name} for a gateway account, which has no use for the console
     * @throws NotFoundException     when there is no such account
     */
    @Transactional
    public void set(String name, String password, Actor actor) {
        Account account = accounts.findByName(name)
                .orElseThrow(() -> new NotFoundException(name, "No account is named '" + name + "'"));
        if (account.role() == Role.GATEWAY) {
            throw new InvalidInputException("name", "'" + name + "' is a gateway account; gateways use API tokens, not the console");
        }
        accounts.setPassword(name, ConsolePassword.hash(password, name), clock.instant());
        events.publishEvent(new AccessEvent.PasswordSet(name, actor));
    }
}
