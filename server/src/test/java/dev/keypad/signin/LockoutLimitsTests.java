package dev.keypad.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LockoutLimitsTests {

    @Test
    void fourDigitPinsLockAfterTenLocalAndHundredGlobalFailures() {
        assertThat(LockoutLimits.automatic(4, null)).isEqualTo(new LockoutLimits(10, 100));
    }

    @Test
    void fiveDigitPinsLockAfterTwentyFiveLocalAndThousandGlobalFailures() {
        assertThat(LockoutLimits.automatic(5, null)).isEqualTo(new LockoutLimits(25, 1000));
    }

    @Test
    void pinsOfSixDigitsOrMoreLockAfterTwentyFiveLocalAndFiveThousandGlobalFailures() {
        assertThat(LockoutLimits.automatic(6, null)).isEqualTo(new LockoutLimits(25, 5000));
        assertThat(LockoutLimits.automatic(24, null)).isEqualTo(new LockoutLimits(25, 5000));
    }

    @Test
    void maximumLogonAttemptsReplacesTheLocalLimitOnly() {
        assertThat(LockoutLimits.automatic(4, 3)).isEqualTo(new LockoutLimits(3, 100));
        assertThat(LockoutLimits.automatic(5, 50)).isEqualTo(new LockoutLimits(50, 1000));
        assertThat(LockoutLimits.automatic(8, 999)).isEqualTo(new LockoutLimits(999, 5000));
    }

    @Test
    void rejectsPinsShorterThanFourDigitsAndLimitsBelowOne() {
        assertThatThrownBy(() -> LockoutLimits.automatic(3, null)).hasMessageContaining("pinLength was 3");
        assertThatThrownBy(() -> LockoutLimits.automatic(4, 0)).hasMessageContaining("maximumLogonAttempts");
        assertThatThrownBy(() -> new LockoutLimits(10, 0)).hasMessageContaining("global");
    }
}
