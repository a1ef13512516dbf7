package dev.keypad.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.keypad.access.AccessEvent;
import dev.keypad.directory.DirectoryEvent;
import dev.keypad.directory.UserPatch;

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
        }
    }

    private static AuditEntry changed(DirectoryEvent.UserChanged changed, String how) {
        String fields = String.join("; ", UserPatch.changedFields(changed.before(), changed.after()));
        return AuditEntry.success(changed.actor(), "user.change", changed.before().sipAddress(),
                how == null ? fields : fields + " (" + how + ")");
    }
}
