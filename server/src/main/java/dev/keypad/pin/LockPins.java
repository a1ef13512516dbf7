package dev.keypad.pin;

import java.time.Instant;

import org.springframework.stereotype.Component;

import dev.keypad.Actor;
import dev.keypad.policy.Purpose;
import dev.keypad.policy.ScopedPolicy;
import dev.keypad.signin.LockReason;
import dev.keypad.signin.Lockout;
import dev.keypad.signin.LockoutState;
import dev.keypad.signin.Lockouts;

/**
 * Locks and unlocks PINs as an administrator (SPEC §4): a lock makes sign-in fail even with the
 * right PIN until an unlock; an unlock clears any lockout and all failure counters. Thread-safe.
 */
@Component
public class LockPins {

    private final PinBatches batches;

    LockPins(PinBatches batches) {
        this.batches = batches;
    }

    public PinResults lock(Purpose purpose, PinTargets targets, boolean whatIf, Actor actor) {
        return batches.run(purpose, targets, whatIf, new Step("pin.lock", true), actor);
    }

    public PinResults unlock(Purpose purpose, PinTargets targets, boolean whatIf, Actor actor) {
        return batches.run(purpose, targets, whatIf, new Step("pin.unlock", false), actor);
    }

    private record Step(String action, boolean lock) implements PinStep<Void> {

        @Override
        public Void prepare(PinTarget target, ScopedPolicy policy) {
            return null;
        }

        @Override
        public Change apply(PinTarget target, PinRecord current, ScopedPolicy policy, Void prepared, Instant now) {
            Lockout lockout = Lockouts.of(policy.policy(), current.length());
            LockoutState before = current.lockout();
            LockoutState after = lock ? lockout.lockByAdministrator(before, now) : lockout.unlock(before);
            boolean changes = lock ? before.lockReason() != LockReason.ADMINISTRATOR : !after.equals(before);
            String purpose = policy.purpose().jsonName();
            if (!changes) {
                return new Change(null, new PinResult(target.identity(), purpose, PinResult.UNCHANGED, null,
                        lock ? "already locked by an administrator" : "not locked and no failures counted", null, null), null, null);
            }
            String details = lock ? "locked by an administrator" : unlockDetails(lockout, before, now);
            return new Change(current.withLockout(after),
                    new PinResult(target.identity(), purpose, PinResult.CHANGED, null, details, null, null), details, null);
        }

        private static String unlockDetails(Lockout lockout, LockoutState before, Instant now) {
            LockReason reason = lockout.reason(before, now);
            return (reason == null ? "failure counters reset" : "unlocked (was locked: " + reason.code() + ")")
                    + "; failures were local " + before.localFailures() + ", global " + before.globalFailures()
                    + ", consecutive " + before.consecutiveFailures();
        }

        @Override
        public boolean createsRecords() {
            return lock;
        }
    }
}
