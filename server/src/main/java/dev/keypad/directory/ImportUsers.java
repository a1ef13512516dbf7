package dev.keypad.directory;

import java.io.Reader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.keypad.Actor;
import dev.keypad.ConflictException;
import dev.keypad.InvalidInputException;

/**
 * Upserts users from CSV by SIP address (SPEC §2). The file is read as a stream and written in
 * batches, each its own transaction, so a million rows never sit in memory and a bad row costs
 * only itself: a batch that hits a constraint is rolled back and replayed row by row to find and
 * report the culprit. Thread-safe.
 */
@Component
public class ImportUsers {

    static final int BATCH_SIZE = 500;
    static final int MAX_REPORTED_ERRORS = 1000;

    private final Users users;
    private final AddUser addUser;
    private final ChangeUser changeUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ImportUsers(Users users, AddUser addUser, ChangeUser changeUser, ApplicationEventPublisher events,
                TransactionTemplate transaction, Clock clock) {
        this.users = users;
        this.addUser = addUser;
        this.changeUser = changeUser;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException when the header is unusable; nothing is imported then
     */
    public ImportReport run(Reader csv, Actor actor) {
        CsvUserRows rows = CsvUserRows.open(csv);
        Tally tally = new Tally();
        List<CsvUserRows.Row> batch = new ArrayList<>(BATCH_SIZE);
        while (true) {
            CsvUserRows.Row row;
            try {
                if (!rows.hasNext()) {
                    break;
                }
                row = rows.next();
            } catch (CsvUserRows.RowException e) {
                tally.fail(e.line, e.getMessage());
                continue;
            } catch (RuntimeException e) {
                // A broken quote leaves the parser nowhere to resume: keep what was imported, say where it stopped.
                importBatch(batch, tally, actor);
                tally.fail(-1, "The rest of the file could not be read: " + e.getMessage());
                return tally.report();
            }
            batch.add(row);
            if (batch.size() == BATCH_SIZE) {
                importBatch(batch, tally, actor);
                batch = new ArrayList<>(BATCH_SIZE);
            }
        }
        importBatch(batch, tally, actor);
        return tally.report();
    }

    private void importBatch(List<CsvUserRows.Row> batch, Tally tally, Actor actor) {
        if (batch.isEmpty()) {
            return;
        }
        Set<String> keys = new HashSet<>();
        boolean repeats = batch.stream().map(row -> canonicalSipOrNull(row.patch().sipAddress()))
                .anyMatch(sip -> sip != null && !keys.add(UserData.key(sip)));
        if (!repeats) {
            try {
                Tally batchTally = transaction.execute(status -> writeBatch(batch, actor));
                tally.add(batchTally);
                return;
            } catch (DuplicateKeyException e) {
                // some row takes a unique value: find which, one row at a time
            }
        }
        batch.forEach(row -> importRow(row, tally, actor));
    }

    private Tally writeBatch(List<CsvUserRows.Row> batch, Actor actor) {
        Tally tally = new Tally();
        Map<String, User> existing = users.findBySipAddresses(batch.stream()
                .map(row -> canonicalSipOrNull(row.patch().sipAddress())).filter(java.util.Objects::nonNull).toList());
        List<UserData> added = new ArrayList<>();
        List<User> changed = new ArrayList<>();
        List<DirectoryEvent.UserChanged> changes = new ArrayList<>();
        for (CsvUserRows.Row row : batch) {
            try {
                String sip = UserData.sipAddress(required(row.patch().sipAddress()));
                User current = existing.get(UserData.key(sip));
                if (current == null) {
                    added.add(newUser(row.patch()));
                } else {
                    UserData after = row.patch().applyTo(current.data());
                    if (after.equals(current.data())) {
                        tally.unchanged++;
                    } else {
                        changed.add(new User(current.id(), after, current.createdAt(), current.updatedAt()));
                        changes.add(new DirectoryEvent.UserChanged(current.data(), after, actor));
                    }
                }
            } catch (InvalidInputException e) {
                tally.fail(row.line(), e.getMessage());
            }
        }
        users.insertAll(added, clock.instant());
        users.updateAll(changed, clock.instant());
        tally.created += added.size();
        tally.updated += changed.size();
        if (!added.isEmpty() || !changes.isEmpty()) {
            events.publishEvent(new DirectoryEvent.UsersImported(added, changes, actor));
        }
        return tally;
    }

    private void importRow(CsvUserRows.Row row, Tally tally, Actor actor) {
        try {
            transaction.executeWithoutResult(status -> {
                String sip = UserData.sipAddress(required(row.patch().sipAddress()));
                User current = users.findBySipAddress(sip).orElse(null);
                if (current == null) {
                    addUser.add(newUser(row.patch()), actor);
                    tally.created++;
                } else if (changeUser.change(current, row.patch().applyTo(current.data()), actor) == current) {
                    tally.unchanged++;
                } else {
                    tally.updated++;
                }
            });
        } catch (InvalidInputException | ConflictException e) {
            tally.fail(row.line(), e.getMessage());
        }
    }

    private static UserData newUser(UserPatch row) {
        return new UserData(row.sipAddress(), row.displayName(), row.userPrincipalName(), row.logonName(),
                row.distinguishedName(), row.email(), row.lineUri(), row.extension(), row.site(), row.title(),
                row.department(), row.city(), row.company());
    }

    private static String required(String sipAddress) {
        if (sipAddress == null || sipAddress.isBlank()) {
            throw new InvalidInputException("sipAddress", "sipAddress is required");
        }
        return sipAddress;
    }

    private static String canonicalSipOrNull(String sipAddress) {
        try {
            return UserData.sipAddress(required(sipAddress));
        } catch (InvalidInputException e) {
            return null;
        }
    }

    /** Counts of one import or one batch. Not thread-safe. */
    private static final class Tally {
        int created;
        int updated;
        int unchanged;
        int failed;
        final List<ImportReport.RowError> errors = new ArrayList<>();

        void fail(long line, String reason) {
            failed++;
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(new ImportReport.RowError(line, reason));
            }
        }

        void add(Tally other) {
            created += other.created;
            updated += other.updated;
            unchanged += other.unchanged;
            other.errors.forEach(error -> fail(error.line(), error.reason()));
        }

        ImportReport report() {
            return new ImportReport(created, updated, unchanged, failed, List.copyOf(errors));
        }
    }
}
