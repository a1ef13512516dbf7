package dev.keypad.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.keypad.access.AccessEvent;
import dev.keypad.conferencing.ConferencingEvent;
import dev.keypad.directory.DirectoryEvent;
import dev.keypad.directory.UserPatch;
import dev.keypad.mail.Mail;
import dev.keypad.mail.MailEvent;
import dev.keypad.pin.PinEvent;
import dev.keypad.policy.PolicyEvent;
import dev.keypad.policy.PolicyScope;
import dev.keypad.policy.ScopedPolicy;
import dev.keypad.settings.SettingsEvent;
import dev.keypad.signin.SignInEvent;

/**
 * Writes the audit records for what other features report. Listens synchronously, inside the
 * transaction of the change, so a change without its record cannot commit.
 */
@Component
class AuditRecorder {

    private final AuditLog log;

    AuditRecorder(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(DirectoryEvent event) {
        List<AuditEntry> entries = new ArrayList<>();
        if (event instanceof DirectoryEvent.UserAdded added) {
            entries.add(AuditEntry.success(added.actor(), "user.add", added.user().sipAddress(), null));
        } else if (event instanceof DirectoryEvent.UserChanged changed) {
            entries.add(changed(changed, null));
        } else if (event instanceof DirectoryEvent.UserRemoved removed) {
            entries.add(AuditEntry.success(removed.actor(), "user.remove", removed.user().sipAddress(), null));
        } else if (event instanceof DirectoryEvent.UsersImported imported) {
            imported.added().forEach(user -> entries.add(
                    AuditEntry.success(imported.actor(), "user.add", user.sipAddress(), "by CSV import")));
            imported.changed().forEach(changed -> entries.add(changed(changed, "by CSV import")));
        }
        log.append(entries);
    }

    @EventListener
    void on(AccessEvent event) {
        if (event instanceof AccessEvent.AccountAdded added) {
            log.append(List.of(AuditEntry.success(added.actor(), "account.add", added.name(), "role " + added.role())));
        } else if (event instanceof AccessEvent.AccountRemoved removed) {
            log.append(List.of(AuditEntry.success(removed.actor(), "account.remove", removed.name(), null)));
        } else if (event instanceof AccessEvent.PasswordSet set) {
            log.append(List.of(AuditEntry.success(set.actor(), "account.password", set.name(), null)));
        } else if (event instanceof AccessEvent.SignInUnblocked unblocked) {
            log.append(List.of(AuditEntry.success(unblocked.actor(), "account.unblock", unblocked.name(),
                    "console sign-in was blocked until " + unblocked.blockedUntil())));
        } else if (event instanceof AccessEvent.ConsoleSignedIn signedIn) {
            log.append(List.of(AuditEntry.success(signedIn.actor(), "console.sign-in", signedIn.actor().name(), "with " + signedIn.method())));
        } else if (event instanceof AccessEvent.ConsoleSignInRefused refused) {
            log.append(List.of(new AuditEntry(refused.actor(), "console.sign-in", refused.actor().name(), "refused", refused.reason())));
        } else if (event instanceof AccessEvent.SignInLinkMailed mailed) {
            log.append(List.of(AuditEntry.success(mailed.actor(), "self.link", mailed.identity(), "mailed to the primary address")));
        } else if (event instanceof AccessEvent.SignInLinkRefused refused) {
            log.append(List.of(new AuditEntry(refused.actor(), "self.link", refused.target(), "refused", refused.reason())));
        } else if (event instanceof AccessEvent.SelfSignedIn signedIn) {
            log.append(List.of(AuditEntry.success(signedIn.actor(), "self.sign-in", signedIn.identity(), "with a mailed link")));
        } else if (event instanceof AccessEvent.SelfSignInRefused refused) {
            log.append(List.of(new AuditEntry(refused.actor(), "self.sign-in", refused.target(), "refused", refused.reason())));
        }
    }

    @EventListener
    void on(PolicyEvent event) {
        if (event instanceof PolicyEvent.PolicyChanged changed) {
            ScopedPolicy after = changed.after();
            log.append(List.of(AuditEntry.success(changed.actor(), changed.before() == null ? "policy.new" : "policy.set",
                    after.purpose().jsonName() + " " + after.scope().text(), after.policy().toString())));
        } else if (event instanceof PolicyEvent.PolicyRemoved removed) {
            log.append(List.of(AuditEntry.success(removed.actor(), "policy.remove",
                    removed.purpose().jsonName() + " " + removed.scope().text(),
                    removed.scope().kind() == PolicyScope.Kind.GLOBAL ? "reset to the defaults" : null)));
        } else if (event instanceof PolicyEvent.PolicyGranted granted) {
            log.append(List.of(AuditEntry.success(granted.actor(), "policy.grant", granted.identity(),
                    granted.purpose().jsonName() + " " + (granted.policy() == null ? "grant taken away" : granted.policy().text()))));
        }
    }

    @EventListener
    void on(PinEvent event) {
        if (event instanceof PinEvent.PinsChanged changed) {
            log.append(changed.changes().stream().map(change -> AuditEntry.success(changed.actor(), changed.action(),
                    change.identity(), changed.purpose().jsonName() + ": " + change.details())).toList());
        }
    }

    /** Sign-in outcomes are recorded whatever they are: a refused attempt is as telling as an accepted one. */
    @EventListener
    void on(SignInEvent event) {
        if (event instanceof SignInEvent.SignInAttempted attempt) {
            String details = attempt.purpose().jsonName() + (attempt.callerId() == null ? "" : "; caller " + attempt.callerId())
                    + (attempt.details() == null ? "" : "; " + attempt.details());
            log.append(List.of(new AuditEntry(attempt.actor(), "phone.sign-in", attempt.identity(), attempt.outcome().code(), details)));
        } else if (event instanceof SignInEvent.PinChangedByCaller changed) {
            log.append(List.of(AuditEntry.success(changed.actor(), "phone.change-pin", changed.identity(),
                    changed.purpose().jsonName() + (changed.callerId() == null ? "" : "; caller " + changed.callerId()))));
        } else if (event instanceof SignInEvent.PinResetAfterFailures reset) {
            log.append(List.of(AuditEntry.success(reset.actor(), "pin.reset-after-failures", reset.identity(),
                    reset.purpose().jsonName() + ": generated PIN after " + reset.consecutiveFailures() + " consecutive failures")));
        }
    }

    @EventListener
    void on(MailEvent event) {
        if (event instanceof MailEvent.MailRetried retried) {
            log.append(List.of(AuditEntry.success(retried.actor(), "mail.retry", retried.mail().identity(), about(retried.mail()))));
        } else if (event instanceof MailEvent.MailCancelled cancelled) {
            log.append(List.of(AuditEntry.success(cancelled.actor(), "mail.cancel", cancelled.mail().identity(), about(cancelled.mail()))));
        }
    }

    @EventListener
    void on(ConferencingEvent event) {
        log.append(List.of(AuditEntry.success(event.actor(), event.action(), event.identity(), event.details())));
    }

    @EventListener
    void on(SettingsEvent event) {
        List<String> changes = new ArrayList<>();
        changed(changes, "automaticallySendEmailsToUsers", event.before().automaticallySendEmailsToUsers(),
                event.after().automaticallySendEmailsToUsers());
        changed(changes, "pinLength", event.before().pinLength(), event.after().pinLength());
        changed(changes, "allowPstnOnlyMeetingsByDefault", event.before().allowPstnOnlyMeetingsByDefault(),
                event.after().allowPstnOnlyMeetingsByDefault());
        log.append(List.of(AuditEntry.success(event.actor(), "settings.set", "tenant", String.join("; ", changes))));
    }

    private static void changed(List<String> changes, String field, Object before, Object after) {
        if (!before.equals(after)) {
            changes.add(field + " " + before + " -> " + after);
        }
    }

    private static String about(Mail mail) {
        return "mail " + mail.id() + " (" + mail.kind() + " to " + mail.to() + ")";
    }

    private static AuditEntry changed(DirectoryEvent.UserChanged changed, String how) {
        String fields = String.join("; ", UserPatch.changedFields(changed.before(), changed.after()));
        return AuditEntry.success(changed.actor(), "user.change", changed.before().sipAddress(),
                how == null ? fields : fields + " (" + how + ")");
    }
}
