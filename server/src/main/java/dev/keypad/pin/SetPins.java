package dev.keypad.pin;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.keypad.Actor;
import dev.keypad.mail.MailChoice;
import dev.keypad.mail.MailKind;
import dev.keypad.mail.MailNote;
import dev.keypad.mail.Notice;
import dev.keypad.mail.Outbox;
import dev.keypad.policy.Purpose;
import dev.keypad.policy.ScopedPolicy;
import dev.keypad.signin.Lockouts;

/**
 * Sets PINs as an administrator (SPEC §4 "set"): the PIN given, checked against the policy but not
 * against history, or a generated one that satisfies the whole policy. Resets the failure counters
 * and clears a failure or temporary lockout; clears an administrator lock only when asked. Mails
 * the PIN to the user (SPEC §5): a welcome when they had none for the purpose, else a set/reset
 * mail, queued with the change. Thread-safe.
 */
@Component
public class SetPins {

    private final PinBatches batches;
    private final PinHashing hashing;
    private final PinGenerator generator;
    private final Pins pins;
    private final Outbox outbox;
    private final List<MailExtras> extras;

    SetPins(PinBatches batches, PinHashing hashing, PinGenerator generator, Pins pins, Outbox outbox, List<MailExtras> extras) {
        this.batches = batches;
        this.hashing = hashing;
        this.generator = generator;
        this.pins = pins;
        this.outbox = outbox;
        this.extras = extras;
    }

    /**
     * @param request what to set; {@code pin} null generates one per target
     */
    public PinResults set(Purpose purpose, PinTargets targets, Request request, Actor actor) {
        return batches.run(purpose, targets, request.whatIf(), new Step(request, outbox.automaticMails()), actor);
    }

    /**
     * @param pin        the PIN to set, or null to generate one per target
     * @param mustChange null for the default: true for generated PINs, false for given ones
     * @param unlock     also clear an administrator lock
     * @param mail       whether and where to mail the PIN
     */
    public record Request(Pin pin, Boolean mustChange, boolean unlock, MailChoice mail, boolean whatIf) {
    }

    private record Prepared(Pin pin, String hash, boolean generated) {
        @Override
        public String toString() {
            return "Prepared[generated=" + generated + "]";
        }
    }

    private final class Step implements PinStep<Prepared> {
        private final Request request;
        private final boolean automaticMails;

        Step(Request request, boolean automaticMails) {
            this.request = request;
            this.automaticMails = automaticMails;
        }

        @Override
        public Prepared prepare(PinTarget target, ScopedPolicy policy) {
            if (request.pin() != null) {
                PinRules.requireAcceptable(request.pin(), policy.policy(), target.context());
                return new Prepared(request.pin(), request.whatIf() ? null : hashing.hash(request.pin()), false);
            }
            if (request.whatIf()) {
                return new Prepared(null, null, true); // what-if generates nothing: it would cost a hash per target
            }
            List<String> history = pins.history(target.userId(), policy.purpose(), policy.policy().historyCount());
            Pin generated = generator.generate(policy.policy(), target.context().withHistory(hashing.matchesAny(history)));
            return new Prepared(generated, request.whatIf() ? null : hashing.hash(generated), true);
        }

        @Override
        public Change apply(PinTarget target, PinRecord current, ScopedPolicy policy, Prepared prepared, Instant now) {
            MailChoice.Decision mail = request.mail().decide(target.email(), automaticMails);
            MailNote note = MailNote.of(mail, request.whatIf());
            if (prepared.pin() == null) {
                return new Change(null, new PinResult(target.identity(), policy.purpose().jsonName(), PinResult.CHANGED, null,
                        "would generate a PIN of " + policy.policy().generatedLength() + " digits", null, null, note), null, null);
            }
            boolean mustChange = request.mustChange() != null ? request.mustChange() : prepared.generated();
            PinRecord after = current.withPin(prepared.hash(), prepared.pin().length(), mustChange, false, now)
                    .withLockout(Lockouts.of(policy.policy(), prepared.pin().length()).pinWasSet(current.lockout(), request.unlock()));
            String details = (prepared.generated() ? "generated PIN" : "PIN given by the administrator")
                    + (mustChange ? "; must change at next sign-in" : "") + (request.unlock() ? "; unlocked" : "");
            PinResult result = new PinResult(target.identity(), policy.purpose().jsonName(), PinResult.CHANGED,
                    prepared.generated() && !request.whatIf() ? prepared.pin().reveal() : null, details, null, null, note);
            if (!mail.sends() || request.whatIf()) {
                return new Change(after, result, details, current.hash());
            }
            boolean welcome = !current.isSet();
            Notice.Builder notice = Notice.about(welcome ? MailKind.WELCOME : MailKind.PIN_SET, target.userId(), target.identity(),
                            target.displayName(), mail.to(), policy.purpose().jsonName())
                    .with("mustChange", mustChange)
                    .with("text", welcome ? policy.policy().enabledText() : null);
            extras.forEach(extra -> notice.withAll(extra.valuesFor(target.userId(), policy.purpose())));
            Notice mailed = notice.withPin(prepared.pin().reveal());
            return new Change(after, result, details + "; " + (welcome ? "welcome mail" : "mail") + " to " + mail.to(),
                    current.hash(), mailed);
        }

        @Override
        public String action() {
            return "pin.set";
        }

        @Override
        public boolean createsRecords() {
            return true;
        }
    }
}
