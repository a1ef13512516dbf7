package dev.keypad.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Two-tier lockout for phone and conference PINs (SPEC §4.1). Every failure counts locally and globally.
 * The local counter counts inside a fixed window opened by the first failure; reaching the local limit
 * there locks sign-in for {@link #LOCK_DURATION}. Reaching the global limit locks the PIN for
 * {@link LockReason#FAILURES} until an administrator unlocks it. Immutable and thread-safe.
 */
public final class TwoTierLockout extends Lockout {

    /** How long a local window lasts from its first failure; a failure at or after its end opens a new one. */
    public static final Duration WINDOW = Duration.ofMinutes(30);

    /** How long reaching the local limit locks sign-in. */
    public static final Duration LOCK_DURATION = Duration.ofHours(1);

    private final LockoutLimits limits;

    /** @param limits the local and global limits, usually {@link LockoutLimits#automatic}; non-null */
    public TwoTierLockout(LockoutLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public LockoutLimits limits() {
        return limits;
    }

    @Override
    Transition countFailure(LockoutState admitted, Instant now) {
        Instant start = admitted.windowStart();
        boolean windowOpen = start != null && now.isBefore(start.plus(WINDOW));
        LockoutState counted = (windowOpen
                ? admitted.withLocalWindow(admitted.localFailures() + 1, start)
                : admitted.withLocalWindow(1, now))
                .withGlobalFailures(admitted.globalFailures() + 1)
                .withLastFailure(now);
        // The global lock wins: it is the one that does not end by itself.
        if (counted.globalFailures() >= limits.global()) {
            return new Transition(counted.withLock(LockReason.FAILURES, null), Outcome.LOCKED);
        }
        if (counted.localFailures() >= limits.local()) {
            return new Transition(counted.withLock(LockReason.TEMPORARY, now.plus(LOCK_DURATION)),
                    Outcome.TEMPORARILY_LOCKED);
        }
        return new Transition(counted, Outcome.COUNTED);
    }

    @Override
    LockoutState countSuccess(LockoutState admitted) {
        return admitted.withLocalWindow(0, null);
    }

    @Override
    public String toString() {
        return "TwoTierLockout[local=" + limits.local() + ", global=" + limits.global() + "]";
    }
}
