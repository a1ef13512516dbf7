package dev.keypad.audit;

import java.util.Objects;

import dev.keypad.Actor;

/**
 * One thing to record. Never holds a PIN: callers describe changes by field name and
 * non-secret values only.
 *
 * @param action  what was done, {@code noun.verb}, e.g. {@code user.add}
 * @param target  what it was done to, e.g. a SIP address; may be null
 * @param outcome {@code success}, or how it failed
 * @param details free text for people; may be null
 */
public record AuditEntry(Actor actor, String action, String target, String outcome, String details) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (details != null && details.length() > 4000) {
            details = details.substring(0, 3997) + "...";
        }
    }

    public static AuditEntry success(Actor actor, String action, String target, String details) {
        return new AuditEntry(actor, action, target, "success", details);
    }
}
