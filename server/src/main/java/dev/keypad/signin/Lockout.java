package dev.keypad.signin;

import java.time.Instant;
import java.util.Objects;

/**
 * The lockout rules of one PIN purpose (SPEC §4): which sign-in attempts may be checked, and how
 * failures, successes, locks, unlocks and new PINs change a {@link LockoutState}.
 *
 * <p>Every operation is a pure function of its arguments: it never mutates anything, reads no clock
 * and returns the next state for the caller to store. The caller loads the state row for update,
 * calls {@link #admit}, checks the PIN only when admitted, then calls {@link #fail} or
 * {@link #succeed} on the admitted state. Instances are immutable and thread-safe.
 *
 * <p>Two models: {@link TwoTierLockout} (phone, conference; §4.1) and {@link ResetThenLockLockout}
 * (voicemail; §4.2). Locks by an administrator, unlocks and PIN sets behave the same in both.
 * All {@code Instant} arguments must be non-null.
 */
public abstract sealed class Lockout permits TwoTierLockout, ResetThenLockLockout {

    Lockout() {
    }

    /** Whether an attempt may be checked, and the state to continue with; see {@link Lockout#admit}. */
    public record Admission(LockoutState state, LockReason refusedBecause) {

        public Admission {
            Objects.requireNonNull(state, "state");
        }

        /** True when the PIN may be checked; false when the attempt is refused and must not be counted. */
        public boolean admitted() {
            return refusedBecause == null;
        }
    }

    /** What a failure did: the state to store and its {@link Outcome}. */
    public record Transition(LockoutState state, Outcome outcome) {

        public Transition {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** What a counted failure led to; each is something the caller may audit, mail or act on. */
    public enum Outcome {

        /** The failure was counted; nothing else happened. */
        COUNTED,

        /** The local limit was reached: locked until {@link LockoutState#lockedUntil()} (two-tier only). */
        TEMPORARILY_LOCKED,

        /** Locked for {@link LockReason#FAILURES} until an administrator unlocks or sets the PIN. */
        LOCKED,

        /**
         * Voicemail only: the caller must replace the PIN with a generated one (must change at next
         * sign-in) and mail it with the policy's {@code resetPinText}. The consecutive count goes on, so the
         * caller must store {@link Transition#state()} as it is and <em>not</em> pass it through
         * {@link Lockout#pinWasSet}, which would start the count again and the PIN would never lock.
         */
        PIN_RESET
    }

    /**
     * Decides whether a sign-in attempt may be checked at all. A PIN locked by an administrator or for
     * failures, or temporarily locked until after {@code now}, is refused: the PIN must not be checked and the
     * attempt does not count, so the returned state is {@code state} itself. A temporary lock that has ended
     * (its end is at or before {@code now}) is admitted, and the returned state has the lock cleared and the
     * local counter back at 0.
     *
     * @return never null; {@link Admission#refusedBecause()} is null when admitted
     */
    public final Admission admit(LockoutState state, Instant now) {
        LockReason reason = reason(state, now);
        if (reason != null) {
            return new Admission(state, reason);
        }
        if (state.lockReason() == LockReason.TEMPORARY) {
            return new Admission(state.withLock(null, null).withLocalWindow(0, null), null);
        }
        return new Admission(state, null);
    }

    /**
     * Counts an admitted attempt with a wrong PIN. {@code state} may be the stored state or the one
     * {@link #admit} returned; an ended temporary lock is cleared the same way in both cases.
     *
     * @throws IllegalStateException if the PIN is locked at {@code now}: such attempts are refused, not counted
     */
    public final Transition fail(LockoutState state, Instant now) {
        return countFailure(requireAdmitted(state, now, "count a failure"), now);
    }

    /**
     * Records an admitted attempt with the right PIN: two-tier resets the local counter and window but
     * not the global counter; voicemail ends the sequence of consecutive failures. Sets {@code lastSuccess}.
     *
     * @throws IllegalStateException if the PIN is locked at {@code now}: such attempts are refused, not checked
     */
    public final LockoutState succeed(LockoutState state, Instant now) {
        return countSuccess(requireAdmitted(state, now, "record a success")).withLastSuccess(now);
    }

    /**
     * Locks the PIN on an administrator's behalf, replacing any other lock; sign-in with the right PIN is then
     * refused until {@link #unlock}. Counters are kept. {@code now} is not stored (the lock has no end); it is
     * taken so that every transition has the same shape.
     */
    public final LockoutState lockByAdministrator(LockoutState state, Instant now) {
        Objects.requireNonNull(now, "now");
        return state.withLock(LockReason.ADMINISTRATOR, null);
    }

    /** Clears any lock and all failure counters, the global one included. Last failure and success times stay. */
    public final LockoutState unlock(LockoutState state) {
        return state.withoutFailures().withLock(null, null);
    }

    /**
     * The accounting after an administrator or the user set a new PIN: all failure counters are reset and a
     * failure or temporary lock is cleared. The global counter is reset too, because clearing a lock for
     * failures while keeping a counter at its limit would lock the new PIN again at its first failure.
     * Not for the automatic reset of {@link Outcome#PIN_RESET}.
     *
     * @param clearAdministratorLock whether an administrator lock is cleared as well ({@code set --unlock})
     */
    public final LockoutState pinWasSet(LockoutState state, boolean clearAdministratorLock) {
        LockoutState reset = state.withoutFailures();
        if (state.lockReason() == LockReason.ADMINISTRATOR && !clearAdministratorLock) {
            return reset;
        }
        return reset.withLock(null, null);
    }

    /** Whether the PIN is locked out at {@code now}; a temporary lock that has ended is not a lockout. */
    public final boolean isLockedOut(LockoutState state, Instant now) {
        return reason(state, now) != null;
    }

    /** Why the PIN is locked out at {@code now}, or null when it is not (for PIN info). */
    public final LockReason reason(LockoutState state, Instant now) {
        Objects.requireNonNull(now, "now");
        if (state.lockReason() == LockReason.TEMPORARY && !now.isBefore(state.lockedUntil())) {
            return null;
        }
        return state.lockReason();
    }

    /** Counts a failure against a state that is not locked and has no ended temporary lock left in it. */
    abstract Transition countFailure(LockoutState admitted, Instant now);

    /** Resets what a success resets, in a state that is not locked; {@code lastSuccess} is set by the caller. */
    abstract LockoutState countSuccess(LockoutState admitted);

    private LockoutState requireAdmitted(LockoutState state, Instant now, String what) {
        Admission admission = admit(state, now);
        if (!admission.admitted()) {
            throw new IllegalStateException("cannot " + what + " at " + now + " for a PIN locked for "
                    + admission.refusedBecause().code() + " (" + state + "); admit refuses such attempts");
        }
        return admission.state();
    }
}
