package dev.keypad.access;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.Actor;
import dev.keypad.NotFoundException;

/**
 * Lifts the block that failed console sign-ins put on an account before its
 * {@link ConsoleSignIn#BLOCK} is over, and forgets the failures, so a colleague who mistyped
 * need not wait. Thread-safe.
 */
@Component
public class UnblockSignIn {

    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnblockSignIn(Accounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @return whether a block was lifted; false when the account's sign-in was not blocked (any
     *     more), and then nothing changed and nothing is audited
     * @throws NotFoundException when there is no such account
     */
    @Transactional
    public boolean unblock(String name, Actor actor) {
        ConsoleCredentials credentials = accounts.consoleCredentials(name)
                .orElseThrow(() -> new NotFoundException(name, "No account is named '" + name + "'"));
        Instant until = credentials.blockedUntil();
        if (until == null || !clock.instant().isBefore(until)) {
            return false;
        }
        accounts.clearFailedSignIns(name);
        events.publishEvent(new AccessEvent.SignInUnblocked(name, until, actor));
        return true;
    }
}
