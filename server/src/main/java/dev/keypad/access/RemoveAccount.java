package dev.keypad.access;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.NotFoundException;

/** Removes an account; its tokens stop working at once. Thread-safe. */
@Component
public class RemoveAccount {

    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    RemoveAccount(Accounts accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * @throws NotFoundException     when there is no such account
     * @throws InvalidInputException when an account tries to remove itself, which would lock out
     *                               the last administrator as easily as anyone
     */
    @Transactional
    public void remove(String name, Actor actor) {
        if (name.equals(actor.name())) {
            throw new InvalidInputException("name", "An account cannot remove itself; ask another administrator");
        }
        if (!accounts.remove(name)) {
            throw new NotFoundException(name, "No account is named '" + name + "'");
        }
        events.publishEvent(new AccessEvent.AccountRemoved(name, actor));
    }
}
