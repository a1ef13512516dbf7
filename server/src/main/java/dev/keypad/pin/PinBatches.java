package dev.keypad.pin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.NotFoundException;
import dev.keypad.directory.AmbiguousIdentityException;
import dev.keypad.directory.FindUsers;
import dev.keypad.directory.User;
import dev.keypad.directory.UserData;
import dev.keypad.mail.MailNote;
import dev.keypad.mail.Notice;
import dev.keypad.mail.Outbox;
import dev.keypad.policy.EffectivePolicies;
import dev.keypad.policy.PolicyBook;
import dev.keypad.policy.Purpose;
import dev.keypad.policy.ScopedPolicy;

/**
 * Runs a PIN operation over its targets in batches: named users are resolved one identity at a
 * time, a selection is paged through in SIP-address order; each batch is prepared outside any
 * transaction, its targets side by side on the {@link PreparingThreads}, then applied in one transaction that locks the batch's PIN records and writes the
 * changes with their audit records and mails. A failure of one target is its own result, not the batch's.
 * Thread-safe.
 */
@Component
class PinBatches {

    static final int BATCH_SIZE = 500;

    private final FindUsers find;
    private final PinSelections selections;
    private final Pins pins;
    private final EffectivePolicies policies;
    private final ApplicationEventPublisher events;
    private final Outbox outbox;
    private final PreparingThreads preparing;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separateTransaction;
    private final Clock clock;

    PinBatches(FindUsers find, PinSelections selections, Pins pins, EffectivePolicies policies,
               ApplicationEventPublisher events, Outbox outbox, PreparingThreads preparing, PlatformTransactionManager transactions,
               Clock clock) {
        this.find = find;
        this.selections = selections;
        this.pins = pins;
        this.policies = policies;
        this.events = events;
        this.outbox = outbox;
        this.preparing = preparing;
        this.transaction = new TransactionTemplate(transactions);
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    <P> PinResults run(Purpose purpose, PinTargets targets, boolean whatIf, PinStep<P> step, Actor actor) {
        PolicyBook book = policies.book(purpose);
        Tally tally = new Tally(purpose, whatIf);
        if (targets.identities() != null) {
            runNamed(purpose, targets.identities(), whatIf, step, actor, book, tally);
        } else {
            selections.forEachPage(purpose, targets.selection(), targets.where(), book, BATCH_SIZE,
                    page -> applyBatch(purpose, page, whatIf, step, actor, book, tally));
        }
        return tally.results();
    }

    private <P> void runNamed(Purpose purpose, List<String> identities, boolean whatIf, PinStep<P> step, Actor actor,
                              PolicyBook book, Tally tally) {
        Set<Long> seen = new HashSet<>();
        List<User> batch = new ArrayList<>();
        for (String identity : identities) {
            try {
                find.all(identity).stream().filter(user -> seen.add(user.id())).forEach(batch::add);
            } catch (NotFoundException | AmbiguousIdentityException | InvalidInputException e) {
                tally.failed(identity, purpose, e);
            }
            if (batch.size() >= BATCH_SIZE) {
                applyBatch(purpose, targets(purpose, batch), whatIf, step, actor, book, tally);
                batch = new ArrayList<>();
            }
        }
        applyBatch(purpose, targets(purpose, batch), whatIf, step, actor, book, tally);
    }

    private List<PinTarget> targets(Purpose purpose, List<User> users) {
        Map<Long, Long> grants = policies.grants(purpose, users.stream().map(User::id).toList());
        return users.stream().map(user -> {
            UserData data = user.data();
            return new PinTarget(user.id(), user.identity(), data.displayName(), data.email(), data.site(), data.extension(),
                    data.lineUri(), grants.get(user.id()));
        }).toList();
    }

    private <P> void applyBatch(Purpose purpose, List<PinTarget> batch, boolean whatIf, PinStep<P> step, Actor actor,
                                PolicyBook book, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        List<Prepared<P>> prepared = new ArrayList<>();
        for (PreparingThreads.Outcome<PinTarget, P> outcome : preparing.each(batch, target -> step.prepare(target, target.policy(book)))) {
            PinTarget target = outcome.item();
            if (outcome.failure() instanceof InvalidPinException invalid) {
                tally.failed(target.identity(), purpose, invalid);
            } else if (outcome.failure() != null) {
                throw outcome.failure();
            } else {
                prepared.add(new Prepared<>(target, target.policy(book), outcome.value()));
            }
        }
        List<Long> ids = prepared.stream().map(p -> p.target().userId()).toList();
        if (step.createsRecords() && !whatIf) {
            createMissing(purpose, ids);
        }
        List<PinResult> results = transaction.execute(status -> {
            Instant now = clock.instant();
            Map<Long, PinRecord> current = whatIf ? pins.read(purpose, ids) : pins.lock(purpose, ids);
            List<PinResult> batchResults = new ArrayList<>();
            List<PinRecord> changed = new ArrayList<>();
            List<PinEvent.Change> audit = new ArrayList<>();
            List<Notice> notices = new ArrayList<>();
            List<Integer> noticed = new ArrayList<>();
            for (Prepared<P> p : prepared) {
                long id = p.target().userId();
                PinStep.Change change = step.apply(p.target(), current.getOrDefault(id, PinRecord.none(id, purpose)),
                        p.policy(), p.value(), now);
                batchResults.add(whatIf ? change.result().wouldBe() : change.result());
                if (change.after() != null && !whatIf) {
                    changed.add(change.after());
                    audit.add(new PinEvent.Change(p.target().identity(), change.auditDetails()));
                    if (change.replacedHash() != null) {
                        pins.remember(id, purpose, change.replacedHash(), now);
                    }
                    if (change.notice() != null) {
                        notices.add(change.notice());
                        noticed.add(batchResults.size() - 1);
                    }
                }
            }
            pins.save(changed);
            List<Long> mailIds = outbox.queue(notices);
            for (int i = 0; i < noticed.size(); i++) {
                int at = noticed.get(i);
                batchResults.set(at, batchResults.get(at).withMail(new MailNote(MailNote.QUEUED, mailIds.get(i), notices.get(i).to())));
            }
            if (!audit.isEmpty()) {
                events.publishEvent(new PinEvent.PinsChanged(purpose, step.action(), audit, actor));
            }
            return batchResults;
        });
        results.forEach(tally::add);
    }

    /** Creates missing records on their own, so a concurrent creator costs a retry, not the batch. */
    private void createMissing(Purpose purpose, List<Long> ids) {
        try {
            separateTransaction.executeWithoutResult(status -> pins.createMissing(purpose, ids));
        } catch (DuplicateKeyException e) {
            separateTransaction.executeWithoutResult(status -> pins.createMissing(purpose, ids));
        }
    }

    private record Prepared<P>(PinTarget target, ScopedPolicy policy, P value) {
    }

    /** Counts and collects results. Not thread-safe. */
    private static final class Tally {
        private final Purpose purpose;
        private final boolean whatIf;
        private final List<PinResult> results = new ArrayList<>();
        private int changed;
        private int unchanged;
        private int failed;

        Tally(Purpose purpose, boolean whatIf) {
            this.purpose = purpose;
            this.whatIf = whatIf;
        }

        void add(PinResult result) {
            results.add(result);
            switch (result.outcome()) {
                case PinResult.CHANGED, PinResult.WOULD_CHANGE -> changed++;
                case PinResult.FAILED -> failed++;
                default -> unchanged++;
            }
        }

        void failed(String identity, Purpose purpose, RuntimeException e) {
            add(new PinResult(identity, purpose.jsonName(), PinResult.FAILED, null, e.getMessage(), problemOf(e),
                    e instanceof InvalidPinException invalid ? PinResult.Broken.of(invalid.violations()) : null));
        }

        PinResults results() {
            return new PinResults(purpose.jsonName(), whatIf, changed, unchanged, failed, List.copyOf(results));
        }

        private static String problemOf(RuntimeException e) {
            if (e instanceof NotFoundException) {
                return "not-found";
            }
            if (e instanceof InvalidPinException) {
                return "invalid-pin";
            }
            return e instanceof AmbiguousIdentityException ? "ambiguous-identity" : "invalid-input";
        }
    }
}
