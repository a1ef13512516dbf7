package dev.keypad.pin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import dev.keypad.directory.ListingCursor;
import dev.keypad.directory.Selection;
import dev.keypad.directory.Users;
import dev.keypad.policy.PolicyBook;
import dev.keypad.policy.PolicyScope;
import dev.keypad.policy.Purpose;
import dev.keypad.policy.ScopedPolicy;

/**
 * Pages through a selection of users joined with their PINs, in SIP-address order, with the
 * {@code where} conditions of SPEC §4 evaluated by the database. Thread-safe.
 */
@Component
class PinSelections {

    private final Users users;
    private final Pins pins;
    private final Clock clock;

    PinSelections(Users users, Pins pins, Clock clock) {
        this.users = users;
        this.pins = pins;
        this.clock = clock;
    }

    /** One page and the cursor that continues it (null at the end). */
    record Page(List<Pins.PinRow> rows, String next) {
    }

    Page page(Purpose purpose, Selection selection, PinFilter where, PolicyBook book, String after, int limit) {
        ListingCursor cursor = ListingCursor.decode(after);
        int pageSize = cursor.pageSize(limit, selection.resultSize());
        if (pageSize <= 0) {
            return new Page(List.of(), null);
        }
        List<Object> parameters = new ArrayList<>();
        String condition = condition(where, book, clock.instant(), parameters);
        List<Pins.PinRow> rows = pins.page(purpose, users.sql(selection, cursor.lastSipKey()), condition, parameters, pageSize + 1);
        boolean selectionFull = selection.resultSize() != null && cursor.count() + pageSize >= selection.resultSize();
        if (rows.size() <= pageSize || selectionFull) {
            return new Page(rows.subList(0, Math.min(pageSize, rows.size())), null);
        }
        List<Pins.PinRow> page = rows.subList(0, pageSize);
        return new Page(page, cursor.next(pageSize, page.get(pageSize - 1).sipKey()).encode());
    }

    /** Hands every page of a selection to {@code action}, which may change the PINs it was given. */
    void forEachPage(Purpose purpose, Selection selection, PinFilter where, PolicyBook book, int pageSize,
                     Consumer<List<PinTarget>> action) {
        String after = null;
        do {
            Page page = page(purpose, selection, where, book, after, pageSize);
            action.accept(page.rows().stream().map(row -> new PinTarget(row.userId(), row.sipAddress(),
                    row.displayName(), row.email(), row.site(), row.extension(), row.lineUri(), row.grantedPolicyId())).toList());
            after = page.next();
        } while (after != null);
    }

    /**
     * The SQL of a {@code where} condition over {@code u}, {@code p} and {@code g}. "Expired" depends on
     * each user's policy, so it becomes a CASE over the policies of the book: tag, then site, then global.
     */
    static String condition(PinFilter where, PolicyBook book, Instant now, List<Object> parameters) {
        if (where == null) {
            return "1 = 1";
        }
        switch (where) {
            case SET:
                return "p.pin_hash IS NOT NULL";
            case UNSET:
                return "p.pin_hash IS NULL";
            case LOCKED:
                parameters.add(now.atOffset(ZoneOffset.UTC));
                return "p.lock_reason IN ('administrator', 'failures') OR (p.lock_reason = 'temporary' AND p.locked_until > ?)";
            default:
                StringBuilder cutoff = new StringBuilder("CASE");
                for (ScopedPolicy policy : book.all()) {
                    if (policy.scope().kind() == PolicyScope.Kind.TAG) {
                        cutoff.append(" WHEN g.policy_id = ? THEN ?");
                        parameters.add(policy.id());
                        parameters.add(cutoffOf(policy, now));
                    }
                }
                for (ScopedPolicy policy : book.all()) {
                    if (policy.scope().kind() == PolicyScope.Kind.SITE) {
                        cutoff.append(" WHEN u.site_key = ? THEN ?");
                        parameters.add(policy.scope().name().toLowerCase(java.util.Locale.ROOT));
                        parameters.add(cutoffOf(policy, now));
                    }
                }
                cutoff.append(" ELSE ? END");
                parameters.add(cutoffOf(book.global(), now));
                return "p.pin_hash IS NOT NULL AND p.last_change < " + cutoff;
        }
    }

    /** PINs changed before this have expired; a policy whose PINs never expire gets the earliest instant there is. */
    private static java.time.OffsetDateTime cutoffOf(ScopedPolicy policy, Instant now) {
        int days = policy.policy().lifetimeDays();
        Instant cutoff = days == 0 ? Instant.parse("0001-01-01T00:00:00Z") : now.minus(Duration.ofDays(days));
        return cutoff.atOffset(ZoneOffset.UTC);
    }
}
