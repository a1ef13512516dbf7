package dev.keypad.pin;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.directory.FindUsers;
import dev.keypad.directory.Selection;
import dev.keypad.directory.User;
import dev.keypad.policy.EffectivePolicies;
import dev.keypad.policy.PolicyBook;
import dev.keypad.policy.Purpose;

/** PIN info (SPEC §4) of named users or of a selection. Thread-safe. */
@Component
@Transactional(readOnly = true)
public class ReadPinInfo {

    private final FindUsers find;
    private final PinSelections selections;
    private final Pins pins;
    private final EffectivePolicies policies;
    private final Clock clock;

    ReadPinInfo(FindUsers find, PinSelections selections, Pins pins, EffectivePolicies policies, Clock clock) {
        this.find = find;
        this.selections = selections;
        this.pins = pins;
        this.policies = policies;
        this.clock = clock;
    }

    /** The PIN info of every user an identity names (wildcards included). */
    public List<PinInfo> of(Purpose purpose, String identity) {
        List<User> users = find.all(identity);
        List<Long> ids = users.stream().map(User::id).toList();
        Map<Long, PinRecord> records = pins.read(purpose, ids);
        Map<Long, Long> grants = policies.grants(purpose, ids);
        PolicyBook book = policies.book(purpose);
        return users.stream().map(user -> PinInfo.of(user.identity(),
                records.getOrDefault(user.id(), PinRecord.none(user.id(), purpose)),
                book.effective(grants.get(user.id()), user.data().site()), clock.instant())).toList();
    }

    /** One page of PIN info over a selection. */
    public Page page(Purpose purpose, Selection selection, PinFilter where, String after, int limit) {
        PolicyBook book = policies.book(purpose);
        PinSelections.Page page = selections.page(purpose, selection, where, book, after, limit);
        return new Page(page.rows().stream().map(row -> PinInfo.of(row.sipAddress(), row.pin(),
                book.effective(row.grantedPolicyId(), row.site()), clock.instant())).toList(), page.next());
    }

    /** @param next the cursor of the next page, or null */
    public record Page(List<PinInfo> items, String next) {
    }
}
