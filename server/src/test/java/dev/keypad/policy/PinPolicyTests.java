package dev.keypad.policy;

import static dev.keypad.policy.Purpose.CONFERENCE;
import static dev.keypad.policy.Purpose.PHONE;
import static dev.keypad.policy.Purpose.VOICEMAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import dev.keypad.InvalidInputException;

class PinPolicyTests {

    @Test
    void phoneDefaultsAreFiveDigitsWithoutHistoryOrExpiry() {
        assertThat(PinPolicy.defaults(PHONE))
                .isEqualTo(new PinPolicy(PHONE, 5, 5, 0, 0, false, null, null, null, null, null));
    }

    @Test
    void voicemailDefaultsAreSixDigitsFiveRememberedSixtyDaysAndResetAtFiveLockAtFifteen() {
        assertThat(PinPolicy.defaults(VOICEMAIL))
                .isEqualTo(new PinPolicy(VOICEMAIL, 6, 6, 5, 60, false, null, 5, 15, "", ""));
    }

    @Test
    void conferenceDefaultsAreFourDigitsMinimumAndFiveGenerated() {
        assertThat(PinPolicy.defaults(CONFERENCE))
                .isEqualTo(new PinPolicy(CONFERENCE, 4, 5, 0, 0, false, null, null, null, null, null));
    }

    @Test
    void conferencePinsAreAtMostTwelveDigitsOthersTwentyFour() {
        assertThat(PinPolicy.defaults(PHONE).maxLength()).isEqualTo(24);
        assertThat(PinPolicy.defaults(VOICEMAIL).maxLength()).isEqualTo(24);
        assertThat(PinPolicy.defaults(CONFERENCE).maxLength()).isEqualTo(12);
    }

    @Test
    void acceptsTheEdgesOfEveryRange() {
        assertThatCode(() -> a(PHONE).minLength(4).generatedLength(4).history(20).lifetime(999).maximum(1).build())
                .doesNotThrowAnyException();
        assertThatCode(() -> a(PHONE).minLength(24).generatedLength(24).maximum(999).build())
                .doesNotThrowAnyException();
        assertThatCode(() -> a(CONFERENCE).minLength(12).generatedLength(12).build()).doesNotThrowAnyException();
        assertThatCode(() -> a(VOICEMAIL).history(1).lifetime(0).resetAfter(0).lockAfter(1).build())
                .doesNotThrowAnyException();
        assertThatCode(() -> a(VOICEMAIL).history(20).resetAfter(998).lockAfter(999).build())
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsMinLengthOutsideFourToTwentyFour() {
        assertRejected(() -> a(PHONE).minLength(3).build(), "minLength", "between 4 and 24", "was 3");
        assertRejected(() -> a(VOICEMAIL).minLength(25).generatedLength(25).build(), "minLength", "was 25");
    }

    @Test
    void rejectsConferenceMinLengthAboveTwelve() {
        assertRejected(() -> a(CONFERENCE).minLength(13).generatedLength(13).build(), "minLength",
                "between 4 and 12 for conference PINs", "was 13");
    }

    @Test
    void rejectsGeneratedLengthBelowMinLength() {
        assertRejected(() -> a(VOICEMAIL).minLength(8).generatedLength(7).build(), "generatedLength",
                "between minLength (8) and 24", "was 7");
    }

    @Test
    void rejectsGeneratedLengthAboveThePurposesMaximum() {
        assertRejected(() -> a(CONFERENCE).generatedLength(13).build(), "generatedLength", "and 12", "was 13");
        assertRejected(() -> a(PHONE).generatedLength(25).build(), "generatedLength", "and 24", "was 25");
    }

    @Test
    void rejectsHistoryCountAboveTwenty() {
        assertRejected(() -> a(PHONE).history(21).build(), "historyCount", "between 0 and 20", "was 21");
        assertRejected(() -> a(CONFERENCE).history(-1).build(), "historyCount", "was -1");
    }

    @Test
    void voicemailHistoryCannotBeTurnedOff() {
        assertRejected(() -> a(VOICEMAIL).history(0).build(), "historyCount", "between 1 and 20",
                "cannot be turned off", "was 0");
    }

    @Test
    void rejectsLifetimeOutsideZeroTo999Days() {
        assertRejected(() -> a(VOICEMAIL).lifetime(1000).build(), "lifetimeDays", "between 0 and 999", "was 1000");
        assertRejected(() -> a(CONFERENCE).lifetime(-1).build(), "lifetimeDays", "was -1");
    }

    @Test
    void phonePinsThatExpireNeedHistory() {
        assertRejected(() -> a(PHONE).lifetime(90).build(), "lifetimeDays", "requires historyCount above 0",
                "lifetimeDays was 90, historyCount 0");
        assertThatCode(() -> a(PHONE).lifetime(90).history(1).build()).doesNotThrowAnyException();
        assertThatCode(() -> a(CONFERENCE).lifetime(90).build()).doesNotThrowAnyException();
    }

    @Test
    void maximumLogonAttemptsIsAutoOrOneTo999() {
        assertThat(a(PHONE).maximum(null).build().maximumLogonAttempts()).isNull();
        assertRejected(() -> a(PHONE).maximum(0).build(), "maximumLogonAttempts", "between 1 and 999", "was 0");
        assertRejected(() -> a(CONFERENCE).maximum(1000).build(), "maximumLogonAttempts", "was 1000");
    }

    @Test
    void voicemailHasNoMaximumLogonAttempts() {
        assertRejected(() -> a(VOICEMAIL).maximum(10).build(), "maximumLogonAttempts",
                "only to phone and conference PINs",
                "voicemail PINs use logonFailuresBeforePinReset and maxLogonAttempts", "was 10");
    }

    @Test
    void phoneAndConferenceHaveNoResetOrLockCounts() {
        assertRejected(() -> a(PHONE).resetAfter(5).build(), "logonFailuresBeforePinReset",
                "only to voicemail PINs", "phone PINs use maximumLogonAttempts", "was 5");
        assertRejected(() -> a(CONFERENCE).lockAfter(15).build(), "maxLogonAttempts",
                "only to voicemail PINs", "conference PINs use maximumLogonAttempts", "was 15");
    }

    @Test
    void voicemailNeedsResetAndLockCounts() {
        assertRejected(() -> a(VOICEMAIL).resetAfter(null).build(), "logonFailuresBeforePinReset", "required");
        assertRejected(() -> a(VOICEMAIL).lockAfter(null).build(), "maxLogonAttempts", "required");
    }

    @Test
    void rejectsResetAndLockCountsOutOfRange() {
        assertRejected(() -> a(VOICEMAIL).resetAfter(-1).build(), "logonFailuresBeforePinReset",
                "between 0 and 999", "was -1");
        assertRejected(() -> a(VOICEMAIL).lockAfter(0).build(), "maxLogonAttempts", "between 1 and 999", "was 0");
        assertRejected(() -> a(VOICEMAIL).lockAfter(1000).build(), "maxLogonAttempts", "was 1000");
    }

    @Test
    void resetMustComeBeforeLockUnlessTurnedOff() {
        assertRejected(() -> a(VOICEMAIL).resetAfter(15).lockAfter(15).build(), "logonFailuresBeforePinReset",
                "less than maxLogonAttempts (15)", "or 0 to turn the automatic reset off", "was 15");
        assertRejected(() -> a(VOICEMAIL).resetAfter(20).build(), "logonFailuresBeforePinReset", "was 20");
        assertThat(a(VOICEMAIL).resetAfter(0).lockAfter(3).build().logonFailuresBeforePinReset()).isZero();
    }

    @Test
    void voicemailTextsAreAtMost512Characters() {
        assertThat(a(VOICEMAIL).texts("x".repeat(512), "y".repeat(512)).build().resetPinText()).hasSize(512);
        assertRejected(() -> a(VOICEMAIL).texts("x".repeat(513), "").build(), "resetPinText",
                "at most 512 characters", "had 513");
        assertRejected(() -> a(VOICEMAIL).texts("", "y".repeat(600)).build(), "enabledText", "had 600");
    }

    @Test
    void voicemailTextsAreNeverNull() {
        PinPolicy policy = a(VOICEMAIL).texts(null, null).build();
        assertThat(policy.resetPinText()).isEmpty();
        assertThat(policy.enabledText()).isEmpty();
    }

    @Test
    void otherPurposesHaveNoTexts() {
        PinPolicy policy = a(PHONE).texts("", "").build();
        assertThat(policy.resetPinText()).isNull();
        assertThat(policy.enabledText()).isNull();
        assertRejected(() -> a(CONFERENCE).texts("Call the help desk", null).build(), "resetPinText",
                "only to voicemail PINs");
        assertRejected(() -> a(PHONE).texts(null, "Welcome").build(), "enabledText", "only to voicemail PINs");
    }

    @Test
    void rejectsMissingPurpose() {
        assertRejected(() -> new PinPolicy(null, 5, 5, 0, 0, false, null, null, null, null, null), "purpose",
                "required");
    }

    private static void assertRejected(ThrowingCallable build, String field, String... messageParts) {
        assertThatThrownBy(build).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).startsWith(field).contains(messageParts);
        });
    }

    private static PolicyBuilder a(Purpose purpose) {
        return new PolicyBuilder(PinPolicy.defaults(purpose));
    }

    /** A policy that differs from a purpose's defaults only where a test says. */
    private static final class PolicyBuilder {

        private final Purpose purpose;
        private int minLength;
        private int generatedLength;
        private int historyCount;
        private int lifetimeDays;
        private Integer maximumLogonAttempts;
        private Integer logonFailuresBeforePinReset;
        private Integer maxLogonAttempts;
        private String resetPinText;
        private String enabledText;

        PolicyBuilder(PinPolicy defaults) {
            purpose = defaults.purpose();
            minLength = defaults.minLength();
            generatedLength = defaults.generatedLength();
            historyCount = defaults.historyCount();
            lifetimeDays = defaults.lifetimeDays();
            maximumLogonAttempts = defaults.maximumLogonAttempts();
            logonFailuresBeforePinReset = defaults.logonFailuresBeforePinReset();
            maxLogonAttempts = defaults.maxLogonAttempts();
            resetPinText = defaults.resetPinText();
            enabledText = defaults.enabledText();
        }

        PolicyBuilder minLength(int value) {
            minLength = value;
            return this;
        }

        PolicyBuilder generatedLength(int value) {
            generatedLength = value;
            return this;
        }

        PolicyBuilder history(int value) {
            historyCount = value;
            return this;
        }

        PolicyBuilder lifetime(int days) {
            lifetimeDays = days;
            return this;
        }

        PolicyBuilder maximum(Integer value) {
            maximumLogonAttempts = value;
            return this;
        }

        PolicyBuilder resetAfter(Integer failures) {
            logonFailuresBeforePinReset = failures;
            return this;
        }

        PolicyBuilder lockAfter(Integer failures) {
            maxLogonAttempts = failures;
            return this;
        }

        PolicyBuilder texts(String reset, String enabled) {
            resetPinText = reset;
            enabledText = enabled;
            return this;
        }

        PinPolicy build() {
            return new PinPolicy(purpose, minLength, generatedLength, historyCount, lifetimeDays, false,
                    maximumLogonAttempts, logonFailuresBeforePinReset, maxLogonAttempts, resetPinText, enabledText);
        }
    }
}
