package dev.keypad.mail;

import dev.keypad.Actor;

/** What happened in the outbox, published inside the transaction that did it. Never carries a PIN. */
public sealed interface MailEvent {

    /** Mails were queued; the relay of this server looks for them once the transaction commits. */
    record MailsQueued(int count) implements MailEvent {
    }

    /** An administrator asked for another attempt now. */
    record MailRetried(Mail mail, Actor actor) implements MailEvent {
    }

    /** An administrator cancelled a mail; its PIN is gone. */
    record MailCancelled(Mail mail, Actor actor) implements MailEvent {
    }
}
