package dev.keypad.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.Actor;

/**
 * Signs an account in to the web console with its password or, until it has one, one of its API
 * tokens (ADR 0012). After {@value #FAILURE_LIMIT} failures in a row an account is blocked for
 * {@link #BLOCK}; every outcome is reported for the audit log. Thread-safe.
 */
@Component
public class ConsoleSignIn {

    static final int FAILURE_LIMIT = 5;
    static final Duration BLOCK = Duration.ofMinutes(15);

    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsoleSignIn(Accounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** What a sign-in came to. */
    public sealed interface Outcome {
        /** @param withToken whether an API token was used, so the console can suggest setting a password */
        record SignedIn(Account account, boolean withToken) implements Outcome {
        }

        /** @param message what to tell the person at the sign-in page; the same for every wrong name or secret */
        record Refused(String message) implements Outcome {
        }
    }

    /**
     * @param secret the password or an API token of the account; never stored or logged
     * @param source where the attempt came from, for the audit log
     */
    @Transactional
    public Outcome signIn(String name, String secret, String source) {
        String accountName = name == null ? "" : name.trim();
        Actor actor = new Actor(accountName.isEmpty() ? "(no name)" : printable(accountName), source);
        Instant now = clock.instant();
        Optional<ConsoleCredentials> found = accountName.isEmpty() ? Optional.empty() : accounts.consoleCredentials(accountName);
        if (found.isPresent() && found.get().blockedUntil() != null && now.isBefore(found.get().blockedUntil())) {
            return refused(actor, "blocked after failed sign-ins");
        }
        String typed = secret == null ? "" : secret;
        if (found.isPresent() && typed.startsWith("kp_") && accounts.findByTokenHash(ApiToken.hash(typed))
                .filter(owner -> owner.name().equals(accountName)).isPresent()) {
            return signedIn(found.get().account(), actor, true);
        }
        String hash = found.map(ConsoleCredentials::passwordHash).orElse(null);
        if (ConsolePassword.matches(typed, hash)) {
            return signedIn(found.get().account(), actor, false);
        }
        if (found.isEmpty()) {
            return refused(actor, "no such account");
        }
        Instant blockedUntil = accounts.countFailedSignIn(accountName, FAILURE_LIMIT, now.plus(BLOCK));
        return refused(actor, blockedUntil == null ? "wrong password or token" : "wrong password or token; blocked for " + BLOCK.toMinutes() + " minutes");
    }

    /** A typed name as the audit log may keep it: one line, at most an account name's length. */
    private static String printable(String name) {
        String line = name.replaceAll("\\p{Cntrl}", "?");
        return line.length() > 64 ? line.substring(0, 64) + "…" : line;
    }

    private Outcome signedIn(Account account, Actor actor, boolean withToken) {
        if (account.role() == Role.GATEWAY) {
            return refused(actor, "gateway accounts may not use the console");
        }
        accounts.clearFailedSignIns(account.name());
        events.publishEvent(new AccessEvent.ConsoleSignedIn(actor, withToken ? "api token" : "password"));
        return new Outcome.SignedIn(account, withToken);
    }

    private Outcome refused(Actor actor, String reason) {
        events.publishEvent(new AccessEvent.ConsoleSignInRefused(actor, reason));
        return new Outcome.Refused("The account name or password is not right, or the account may not sign in now. "
                + "After " + FAILURE_LIMIT + " failures an account waits " + BLOCK.toMinutes() + " minutes.");
    }
}
