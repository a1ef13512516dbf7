package dev.keypad.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.keypad.signin.Lockout.Outcome;
import dev.keypad.signin.Lockout.Transition;

class LockoutResetThenLockTests {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    /** The voicemail defaults: reset every 5 consecutive failures, lock at 15. */
    private final Lockout lockout = new ResetThenLockLockout(5, 15);

    @Test
    void defaultsResetThePinAtFiveAndTenAndLockAtFifteen() {
        List<Outcome> outcomes = new ArrayList<>();
        LockoutState state = LockoutState.fresh();
        for (int i = 0; i < 15; i++) {
            Transition transition = lockout.fail(state, START.plus(Duration.ofMinutes(i)));
            outcomes.add(transition.outcome());
            state = transition.state();
        }

        assertThat(outcomes).containsExactly(
                Outcome.COUNTED, Outcome.COUNTED, Outcome.COUNTED, Outcome.COUNTED, Outcome.PIN_RESET,
                Outcome.COUNTED, Outcome.COUNTED, Outcome.COUNTED, Outcome.COUNTED, Outcome.PIN_RESET,
                Outcome.COUNTED, Outcome.COUNTED, Outcome.COUNTED, Outcome.COUNTED, Outcome.LOCKED);
        assertThat(state.lockReason()).isEqualTo(LockReason.FAILURES);
        assertThat(state.consecutiveFailures()).isEqualTo(15);
        assertThat(state.lastFailure()).isEqualTo(START.plus(Duration.ofMinutes(14)));
    }

    @Test
    void lockedPinRefusesAttemptsUntilUnlockedOrSet() {
        LockoutState locked = fail(LockoutState.fresh(), 15);
        Instant aYearLater = START.plus(Duration.ofDays(365));

        assertThat(lockout.admit(locked, aYearLater).refusedBecause()).isEqualTo(LockReason.FAILURES);
        assertThatThrownBy(() -> lockout.fail(locked, aYearLater)).isInstanceOf(IllegalStateException.class);

        LockoutState unlocked = lockout.unlock(locked);
        assertThat(lockout.admit(unlocked, aYearLater).admitted()).isTrue();
        assertThat(unlocked.consecutiveFailures()).isZero();

        LockoutState set = lockout.pinWasSet(locked, false);
        assertThat(lockout.admit(set, aYearLater).admitted()).isTrue();
        assertThat(set.consecutiveFailures()).isZero();
    }

    @Test
    void successEndsTheSequence() {
        LockoutState state = fail(LockoutState.fresh(), 4);
        Instant now = START.plus(Duration.ofMinutes(5));

        LockoutState succeeded = lockout.succeed(state, now);

        assertThat(succeeded.consecutiveFailures()).isZero();
        assertThat(succeeded.lastSuccess()).isEqualTo(now);
        assertThat(lockout.fail(fail(succeeded, 3), now).outcome()).isEqualTo(Outcome.COUNTED);
        assertThat(lockout.fail(fail(succeeded, 4), now).outcome()).isEqualTo(Outcome.PIN_RESET);
    }

    @Test
    void countGoesOnAfterAnAutomaticReset() {
        Transition fifth = lockout.fail(fail(LockoutState.fresh(), 4), START);
        assertThat(fifth.outcome()).isEqualTo(Outcome.PIN_RESET);

        Transition sixth = lockout.fail(fifth.state(), START);

        assertThat(sixth.outcome()).isEqualTo(Outcome.COUNTED);
        assertThat(sixth.state().consecutiveFailures()).isEqualTo(6);
    }

    @Test
    void zeroFailuresBeforePinResetNeverResets() {
        Lockout withoutResets = new ResetThenLockLockout(0, 15);
        LockoutState state = LockoutState.fresh();
        for (int i = 0; i < 14; i++) {
            Transition transition = withoutResets.fail(state, START);
            assertThat(transition.outcome()).isEqualTo(Outcome.COUNTED);
            state = transition.state();
        }

        assertThat(withoutResets.fail(state, START).outcome()).isEqualTo(Outcome.LOCKED);
    }

    @Test
    void failuresFarApartStillCountAsConsecutive() {
        LockoutState state = LockoutState.fresh();
        for (int day = 0; day < 14; day++) {
            state = lockout.fail(state, START.plus(Duration.ofDays(day))).state();
        }

        assertThat(lockout.fail(state, START.plus(Duration.ofDays(14))).outcome()).isEqualTo(Outcome.LOCKED);
    }

    @Test
    void administratorLockRefusesEvenTheRightPinUntilUnlocked() {
        LockoutState locked = lockout.lockByAdministrator(fail(LockoutState.fresh(), 2), START);

        assertThat(lockout.admit(locked, START.plus(Duration.ofDays(30))).refusedBecause())
                .isEqualTo(LockReason.ADMINISTRATOR);
        assertThat(lockout.isLockedOut(lockout.pinWasSet(locked, false), START)).isTrue();
        assertThat(lockout.isLockedOut(lockout.pinWasSet(locked, true), START)).isFalse();
        assertThat(lockout.isLockedOut(lockout.unlock(locked), START)).isFalse();
    }

    @Test
    void rejectsAResetThatWouldNeverComeBeforeTheLock() {
        assertThatThrownBy(() -> new ResetThenLockLockout(15, 15))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("logonFailuresBeforePinReset")
                .hasMessageContaining("15");
        assertThatThrownBy(() -> new ResetThenLockLockout(0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxLogonAttempts");
    }

    private LockoutState fail(LockoutState state, int failures) {
        for (int i = 0; i < failures; i++) {
            state = lockout.fail(state, START.plus(Duration.ofMinutes(i))).state();
        }
        return state;
    }
}
