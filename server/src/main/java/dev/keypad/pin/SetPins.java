package dev.keypad.pin;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.keypad.Actor;
import dev.keypad.policy.Purpose;
import dev.keypad.policy.ScopedPolicy;
import dev.keypad.signin.Lockouts;

/**
 * Sets PINs as an administrator (SPEC §4 "set"): the PIN given, checked against the policy but not
 * against history, or a generated one that satisfies the whole policy. Resets the failure counters
 * and clears a failure or temporary lockout; clears an administrator lock only when asked.
 * Thread-safe.
 */
@Component
public class SetPins {

    private final PinBatches batches;
    private final PinHashing hashing;
    private final PinGenerator generator;
    private final Pins pins;

    SetPins(PinBatches batches, PinHashing hashing, PinGenerator generator, Pins pins) {
        this.batches = batches;
        this.hashing = hashing;
        this.generator = generator;
        this.pins = pins;
    }

    /**
     * @param request what to set; {@code pin} null generates one per target
     */
    public PinResults set(Purpose purpose, PinTargets targets, Request request, Actor actor) {
        return batches.run(purpose, targets, request.whatIf(), new Step(request), actor);
    }

    /**
     * @param pin        the PIN to set, or null to generate one per target
     * @param mustChange null for the default: true for generated PINs, false for given ones
     * @param unlock     also clear an administrator lock
     * @param sendEmail  null for the tenant default; mails arrive with the notifications feature
     * @param emailTo    another address for the mail, or null
     */
    public record Request(Pin pin, Boolean mustChange, boolean unlock, Boolean sendEmail, String emailTo, boolean whatIf) {
    }

    private record Prepared(Pin pin, String hash, boolean generated) {
        @Override
        public String toString() {
            return "Prepared[generated=" + generated + "]";
        }
    }

    private final class Step implements PinStep<Prepared> {
        private final Request request;

        Step(Request request) {
            this.request = request;
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
            Pin generated = generator.generate(policy.policy(), target.context()
                    .withHistory(candidate -> history.stream().anyMatch(hash -> hashing.verify(candidate, hash))));
            return new Prepared(generated, request.whatIf() ? null : hashing.hash(generated), true);
        }

        @Override
        public Change apply(PinTarget target, PinRecord current, ScopedPolicy policy, Prepared prepared, Instant now) {
            if (prepared.pin() == null) {
                return new Change(null, new PinResult(target.identity(), policy.purpose().jsonName(), PinResult.CHANGED, null,
                        "would generate a PIN of " + policy.policy().generatedLength() + " digits", null, null), null, null);
            }
            boolean mustChange = request.mustChange() != null ? request.mustChange() : prepared.generated();
            PinRecord after = current.withPin(prepared.hash(), prepared.pin().length(), mustChange, false, now)
                    .withLockout(Lockouts.of(policy.policy(), prepared.pin().length()).pinWasSet(current.lockout(), request.unlock()));
            String details = (prepared.generated() ? "generated PIN" : "PIN given by the administrator")
                    + (mustChange ? "; must change at next sign-in" : "") + (request.unlock() ? "; unlocked" : "");
            PinResult result = new PinResult(target.identity(), policy.purpose().jsonName(), PinResult.CHANGED,
                    prepared.generated() && !request.whatIf() ? prepared.pin().reveal() : null, details, null, null);
            return new Change(after, result, details, current.hash());
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
