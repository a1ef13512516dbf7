package dev.keypad.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.keypad.signin.Lockout.Admission;
import dev.keypad.signin.Lockout.Outcome;
import dev.keypad.signin.Lockout.Transition;

class LockoutTwoTierTests {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    /** A four-digit PIN: 10 local, 100 global. */
    private final Lockout lockout = new TwoTierLockout(LockoutLimits.automatic(4, null));

    @Test
    void tenFailuresWithinThirtyMinutesLockForOneHour() {
        LockoutState state = failEachMinute(LockoutState.fresh(), 9, START);
        assertThat(state.localFailures()).isEqualTo(9);
        assertThat(lockout.isLockedOut(state, START.plus(minutes(9)))).isFalse();

        Transition tenth = lockout.fail(state, START.plus(minutes(29)));

        assertThat(tenth.outcome()).isEqualTo(Outcome.TEMPORARILY_LOCKED);
        assertThat(tenth.state().lockReason()).isEqualTo(LockReason.TEMPORARY);
        assertThat(tenth.state().lockedUntil()).isEqualTo(START.plus(minutes(29)).plus(Duration.ofHours(1)));
        assertThat(lockout.reason(tenth.state(), START.plus(minutes(30)))).isEqualTo(LockReason.TEMPORARY);
    }

    @Test
    void refusesAttemptsDuringTheHourWithoutCountingThem() {
        LockoutState locked = failEachMinute(LockoutState.fresh(), 10, START);
        Instant lockedUntil = locked.lockedUntil();

        Admission admission = lockout.admit(locked, lockedUntil.minusSeconds(1));

        assertThat(admission.admitted()).isFalse();
        assertThat(admission.refusedBecause()).isEqualTo(LockReason.TEMPORARY);
        assertThat(admission.state()).isEqualTo(locked);
        assertThatThrownBy(() -> lockout.fail(locked, lockedUntil.minusSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("temporary");
    }

    @Test
    void admitsAgainWhenTheHourEndsWithTheLocalCounterBackToZero() {
        LockoutState locked = failEachMinute(LockoutState.fresh(), 10, START);

        Admission admission = lockout.admit(locked, locked.lockedUntil());

        assertThat(admission.admitted()).isTrue();
        assertThat(admission.state().localFailures()).isZero();
        assertThat(admission.state().lockReason()).isNull();
        assertThat(admission.state().lockedUntil()).isNull();
        assertThat(lockout.isLockedOut(locked, locked.lockedUntil())).isFalse();
        Transition next = lockout.fail(admission.state(), locked.lockedUntil());
        assertThat(next.outcome()).isEqualTo(Outcome.COUNTED);
        assertThat(next.state().localFailures()).isEqualTo(1);
        assertThat(next.state().windowStart()).isEqualTo(locked.lockedUntil());
    }

    @Test
    void failureWithoutAdmitAfterTheHourCountsAsIfAdmitted() {
        LockoutState locked = failEachMinute(LockoutState.fresh(), 10, START);
        Instant later = locked.lockedUntil().plusSeconds(5);

        assertThat(lockout.fail(locked, later)).isEqualTo(lockout.fail(lockout.admit(locked, later).state(), later));
    }

    @Test
    void tenthFailureAtTheEndOfTheWindowOpensANewWindowInsteadOfLocking() {
        LockoutState state = failEachMinute(LockoutState.fresh(), 9, START);

        Transition tenth = lockout.fail(state, START.plus(minutes(30)));

        assertThat(tenth.outcome()).isEqualTo(Outcome.COUNTED);
        assertThat(tenth.state().localFailures()).isEqualTo(1);
        assertThat(tenth.state().windowStart()).isEqualTo(START.plus(minutes(30)));
        assertThat(tenth.state().globalFailures()).isEqualTo(10);
    }

    @Test
    void failuresSpreadBeyondTheWindowNeverLockLocally() {
        LockoutState state = LockoutState.fresh();
        for (int i = 0; i < 99; i++) {
            Transition transition = lockout.fail(state, START.plus(minutes(31L * i)));
            assertThat(transition.outcome()).isEqualTo(Outcome.COUNTED);
            state = transition.state();
        }
        assertThat(state.localFailures()).isEqualTo(1);
        assertThat(state.globalFailures()).isEqualTo(99);
    }

    @Test
    void successResetsTheLocalCounterButNotTheGlobalOne() {
        LockoutState state = failEachMinute(LockoutState.fresh(), 9, START);
        Instant now = START.plus(minutes(10));

        LockoutState succeeded = lockout.succeed(state, now);

        assertThat(succeeded.localFailures()).isZero();
        assertThat(succeeded.windowStart()).isNull();
        assertThat(succeeded.globalFailures()).isEqualTo(9);
        assertThat(succeeded.lastSuccess()).isEqualTo(now);
        assertThat(succeeded.lastFailure()).isEqualTo(START.plus(minutes(8)));
        assertThat(failEachMinute(succeeded, 9, now.plus(minutes(1))).lockReason()).isNull();
    }

    @Test
    void globalCounterSurvivesAnEndedTemporaryLock() {
        LockoutState locked = failEachMinute(LockoutState.fresh(), 10, START);

        LockoutState admitted = lockout.admit(locked, locked.lockedUntil()).state();

        assertThat(admitted.globalFailures()).isEqualTo(10);
    }

    @Test
    void hundredthFailureLocksUntilAnAdministratorUnlocks() {
        LockoutState state = LockoutState.fresh();
        Instant now = START;
        for (int round = 0; round < 11; round++) {
            state = failEachMinute(state, 9, now);
            now = now.plus(minutes(10));
            state = lockout.succeed(state, now);
        }
        assertThat(state.globalFailures()).isEqualTo(99);

        Transition hundredth = lockout.fail(state, now);

        assertThat(hundredth.outcome()).isEqualTo(Outcome.LOCKED);
        LockoutState locked = hundredth.state();
        assertThat(locked.lockReason()).isEqualTo(LockReason.FAILURES);
        assertThat(locked.lockedUntil()).isNull();
        Instant aWeekLater = now.plus(Duration.ofDays(7));
        assertThat(lockout.admit(locked, aWeekLater).refusedBecause()).isEqualTo(LockReason.FAILURES);
        assertThatThrownBy(() -> lockout.succeed(locked, aWeekLater)).isInstanceOf(IllegalStateException.class);

        LockoutState unlocked = lockout.unlock(locked);

        assertThat(lockout.isLockedOut(unlocked, aWeekLater)).isFalse();
        assertThat(unlocked.globalFailures()).isZero();
        assertThat(unlocked.localFailures()).isZero();
        assertThat(unlocked.lastFailure()).isEqualTo(now);
    }

    @Test
    void globalLockTakesPrecedenceOverTheTemporaryLock() {
        LockoutState state = LockoutState.fresh();
        Instant now = START;
        for (int round = 0; round < 9; round++) {
            state = failEachMinute(state, 10, now);
            now = state.lockedUntil();
            state = lockout.admit(state, now).state();
        }
        state = failEachMinute(state, 9, now);

        Transition hundredth = lockout.fail(state, now.plus(minutes(9)));

        assertThat(hundredth.state().localFailures()).isEqualTo(10);
        assertThat(hundredth.outcome()).isEqualTo(Outcome.LOCKED);
        assertThat(hundredth.state().lockReason()).isEqualTo(LockReason.FAILURES);
        assertThat(lockout.admit(hundredth.state(), now.plus(Duration.ofHours(2))).admitted()).isFalse();
    }

    @Test
    void maximumLogonAttemptsReplacesTheLocalLimit() {
        Lockout threeAttempts = new TwoTierLockout(LockoutLimits.automatic(4, 3));
        LockoutState state = LockoutState.fresh();
        state = threeAttempts.fail(state, START).state();
        state = threeAttempts.fail(state, START.plus(minutes(1))).state();

        assertThat(threeAttempts.fail(state, START.plus(minutes(2))).outcome()).isEqualTo(Outcome.TEMPORARILY_LOCKED);
    }

    @Test
    void administratorLockRefusesEvenTheRightPinUntilUnlocked() {
        LockoutState state = failEachMinute(LockoutState.fresh(), 3, START);

        LockoutState locked = lockout.lockByAdministrator(state, START.plus(minutes(5)));

        Instant aMonthLater = START.plus(Duration.ofDays(30));
        Admission admission = lockout.admit(locked, aMonthLater);
        assertThat(admission.admitted()).isFalse();
        assertThat(admission.refusedBecause()).isEqualTo(LockReason.ADMINISTRATOR);
        assertThat(admission.state()).isEqualTo(locked);
        assertThat(locked.globalFailures()).isEqualTo(3);
        assertThat(lockout.reason(lockout.pinWasSet(locked, false), aMonthLater)).isEqualTo(LockReason.ADMINISTRATOR);
        assertThat(lockout.admit(lockout.unlock(locked), aMonthLater).admitted()).isTrue();
    }

    @Test
    void administratorLockReplacesATemporaryLockAndOutlastsIt() {
        LockoutState temporarilyLocked = failEachMinute(LockoutState.fresh(), 10, START);

        LockoutState locked = lockout.lockByAdministrator(temporarilyLocked, START.plus(minutes(15)));

        assertThat(lockout.reason(locked, temporarilyLocked.lockedUntil().plus(minutes(1))))
                .isEqualTo(LockReason.ADMINISTRATOR);
        assertThat(locked.lockedUntil()).isNull();
    }

    @Test
    void settingAPinClearsFailuresAndATemporaryLockButKeepsAnAdministratorLockUnlessAsked() {
        LockoutState temporarilyLocked = failEachMinute(LockoutState.fresh(), 10, START);
        Instant duringTheHour = START.plus(minutes(20));

        LockoutState set = lockout.pinWasSet(temporarilyLocked, false);

        assertThat(lockout.admit(set, duringTheHour).admitted()).isTrue();
        assertThat(set.localFailures()).isZero();
        assertThat(set.globalFailures()).isZero();
        assertThat(set.windowStart()).isNull();

        LockoutState adminLocked = lockout.lockByAdministrator(temporarilyLocked, duringTheHour);
        LockoutState keptLocked = lockout.pinWasSet(adminLocked, false);
        assertThat(lockout.reason(keptLocked, duringTheHour)).isEqualTo(LockReason.ADMINISTRATOR);
        assertThat(keptLocked.globalFailures()).isZero();
        assertThat(lockout.isLockedOut(lockout.pinWasSet(adminLocked, true), duringTheHour)).isFalse();
    }

    @Test
    void settingAPinClearsALockForFailures() {
        Lockout strict = new TwoTierLockout(new LockoutLimits(10, 2));
        LockoutState locked = strict.fail(strict.fail(LockoutState.fresh(), START).state(), START).state();
        assertThat(locked.lockReason()).isEqualTo(LockReason.FAILURES);

        LockoutState set = strict.pinWasSet(locked, false);

        assertThat(strict.isLockedOut(set, START)).isFalse();
        assertThat(strict.fail(set, START).outcome()).isEqualTo(Outcome.COUNTED);
    }

    private LockoutState failEachMinute(LockoutState state, int failures, Instant from) {
        for (int i = 0; i < failures; i++) {
            state = lockout.fail(state, from.plus(minutes(i))).state();
        }
        return state;
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }
}
