package dev.keypad.access;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.Actor;
import dev.keypad.ConflictException;

/** Adds an API account with its first token. Thread-safe. */
@Component
public class AddAccount {

    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AddAccount(Accounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param token the token to accept for it, or null to generate one
     * @return the account and its token, which is not stored and cannot be shown again
     * @throws ConflictException when the name is taken
     */
    @Transactional
    public Created add(String name, Role role, String token, Actor actor) {
        Account.checkName(name);
        String secret = token == null ? ApiToken.generate() : token;
        Account account;
        try {
            account = accounts.add(name, role, ApiToken.hash(secret), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("name", name, "An account named '" + name + "' exists already");
        }
        events.publishEvent(new AccessEvent.AccountAdded(name, role, actor));
        return new Created(account, secret);
    }

    /** A new account and the token that was made for it. */
    public record Created(Account account, String token) {
        @Override
        public String toString() {
            return "Created[account=" + account + ", token=*****]";
        }
    }
}
