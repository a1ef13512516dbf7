package dev.keypad.access;

import java.time.Instant;

import dev.keypad.Actor;

/** What happened to accounts, published inside the transaction that did it. */
public sealed interface AccessEvent {

    record AccountAdded(String name, Role role, Actor actor) implements AccessEvent {
    }

    record AccountRemoved(String name, Actor actor) implements AccessEvent {
    }

    record PasswordSet(String name, Actor actor) implements AccessEvent {
    }

    /** @param blockedUntil when the block that was lifted would have ended */
    record SignInUnblocked(String name, Instant blockedUntil, Actor actor) implements AccessEvent {
    }

    /** @param method {@code password} or {@code api token} */
    record ConsoleSignedIn(Actor actor, String method) implements AccessEvent {
    }

    /** @param reason why, in words safe to store: never what was typed */
    record ConsoleSignInRefused(Actor actor, String reason) implements AccessEvent {
    }

    /** A self-service sign-in link was mailed to the user {@code identity}. Never carries the link. */
    record SignInLinkMailed(String identity, Actor actor) implements AccessEvent {
    }

    /**
     * No link was mailed for a request.
     *
     * @param target the user's identity, or what was typed when it names no one user
     * @param reason why, in words safe to store
     */
    record SignInLinkRefused(String target, String reason, Actor actor) implements AccessEvent {
    }

    /** A user signed in to the self-service pages with a link; the actor is {@code self:<sip address>}. */
    record SelfSignedIn(String identity, Actor actor) implements AccessEvent {
    }

    /**
     * @param target the user the link was for, or null for an unknown link
     * @param reason why, never the token
     */
    record SelfSignInRefused(String target, String reason, Actor actor) implements AccessEvent {
    }
}
