package dev.keypad.pin;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import dev.keypad.Actor;
import dev.keypad.policy.Purpose;
import dev.keypad.policy.ScopedPolicy;
import dev.keypad.signin.Lockouts;

/**
 * A user sets a PIN of their own choice on the self-service pages (SPEC §4.3): unlike an
 * administrator's {@link SetPins}, the PIN must satisfy the history too, and it may not be the
 * current PIN, as on the phone. The PIN then counts as chosen by the user and need not be
 * changed; like any set PIN it clears the failure counters and a failure or temporary lockout,
 * never an administrator lock. No mail: the user typed the PIN themselves. Audited as
 * {@code pin.change}. Thread-safe.
 */
@Component
public class ChangeOwnPin {

    private final PinBatches batches;
    private final PinHashing hashing;
    private final Pins pins;

    ChangeOwnPin(PinBatches batches, PinHashing hashing, Pins pins) {
        this.batches = batches;
        this.hashing = hashing;
        this.pins = pins;
    }

    /**
     * @param identity the user, by any identity form; meant to be their SIP address
     * @return the user's result: {@code changed}, or {@code failed} with the broken rules in
     *     {@link PinResult#violations()}; nothing changes then
     */
    public PinResult change(Purpose purpose, String identity, Pin newPin, Actor actor) {
        return batches.run(purpose, PinTargets.named(List.of(identity)), false, new Step(newPin), actor).results().get(0);
    }

    private record Prepared(String hash, int length) {
        @Override
        public String toString() {
            return "Prepared[length=" + length + "]";
        }
    }

    private final class Step implements PinStep<Prepared> {
        private final Pin newPin;

        Step(Pin newPin) {
            this.newPin = newPin;
        }

        @Override
        public Prepared prepare(PinTarget target, ScopedPolicy policy) {
            PinRecord current = pins.read(policy.purpose(), List.of(target.userId())).get(target.userId());
            List<String> used = Stream.concat(Stream.ofNullable(current == null ? null : current.hash()),
                    pins.history(target.userId(), policy.purpose(), policy.policy().historyCount()).stream()).toList();
            PinRules.requireAcceptable(newPin, policy.policy(), target.context().withHistory(hashing.matchesAny(used)));
            return new Prepared(hashing.hash(newPin), newPin.length());
        }

        @Override
        public Change apply(PinTarget target, PinRecord current, ScopedPolicy policy, Prepared prepared, Instant now) {
            PinRecord after = current.withPin(prepared.hash(), prepared.length(), false, true, now)
                    .withLockout(Lockouts.of(policy.policy(), prepared.length()).pinWasSet(current.lockout(), false));
            String details = "PIN chosen by the user";
            return new Change(after, new PinResult(target.identity(), policy.purpose().jsonName(), PinResult.CHANGED, null,
                    details, null, null), details, current.hash());
        }

        @Override
        public String action() {
            return "pin.change";
        }

        @Override
        public boolean createsRecords() {
            return true;
        }
    }
}
