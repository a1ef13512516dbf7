package dev.keypad.pin;

import static dev.keypad.pin.PinRules.Reason.ALL_ONE_DIGIT;
import static dev.keypad.pin.PinRules.Reason.COMMON_PIN;
import static dev.keypad.pin.PinRules.Reason.EXTENSION_OR_NUMBER;
import static dev.keypad.pin.PinRules.Reason.PAIRED_RUNS;
import static dev.keypad.pin.PinRules.Reason.RECENTLY_USED;
import static dev.keypad.pin.PinRules.Reason.SEQUENTIAL_RUN;
import static dev.keypad.pin.PinRules.Reason.TOO_LONG;
import static dev.keypad.pin.PinRules.Reason.TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.keypad.policy.PinPolicy;
import dev.keypad.policy.Purpose;

class PinRulesTests {

    private static final PinPolicy PHONE = PinPolicy.defaults(Purpose.PHONE);
    private static final PinPolicy VOICEMAIL = PinPolicy.defaults(Purpose.VOICEMAIL);
    private static final PinPolicy CONFERENCE = PinPolicy.defaults(Purpose.CONFERENCE);
    private static final PinContext KEN = PinContext.of("4821", "tel:+14255550187;ext=4821");

    @Test
    void acceptsPinThatBreaksNoRule() {
        assertThat(reasons("48291", PHONE)).isEmpty();
        assertThat(reasons("839201", VOICEMAIL, KEN)).isEmpty();
        assertThat(reasons("8901", CONFERENCE)).isEmpty();
    }

    @Test
    void rejectsPinShorterThanMinLength() {
        List<PinRules.Violation> violations = PinRules.check(Pin.of("48291"), VOICEMAIL, PinContext.none());
        assertThat(violations).containsExactly(
                new PinRules.Violation(TOO_SHORT, "The PIN must have at least 6 digits"));
    }

    @Test
    void rejectsPinLongerThanThePurposeAllows() {
        assertThat(PinRules.check(Pin.of("4829174639281"), CONFERENCE, PinContext.none()))
                .containsExactly(new PinRules.Violation(TOO_LONG, "The PIN must have at most 12 digits"));
        assertThat(reasons("482917463928", CONFERENCE)).isEmpty();
        assertThat(reasons("4829174639281" + "739201643857", PHONE)).containsExactly(TOO_LONG);
    }

    @Test
    void rejectsPinOfOneRepeatedDigit() {
        assertThat(reasons("8888", CONFERENCE)).contains(ALL_ONE_DIGIT).doesNotContain(PAIRED_RUNS);
        assertThat(reasons("3333333", PHONE)).containsExactly(ALL_ONE_DIGIT);
    }

    @Test
    void rejectsPinMadeOnlyOfPairsOrLongerRuns() {
        assertThat(reasons("225577", VOICEMAIL)).containsExactly(PAIRED_RUNS);
        assertThat(reasons("11223344", PHONE)).containsExactly(PAIRED_RUNS);
        assertThat(reasons("1122", CONFERENCE)).contains(PAIRED_RUNS);
        assertThat(reasons("9990000", PHONE)).containsExactly(PAIRED_RUNS);
    }

    @Test
    void acceptsPinWithASingleDigitBetweenPairs() {
        assertThat(reasons("225578", VOICEMAIL)).isEmpty();
        assertThat(reasons("2255877", PHONE)).isEmpty();
    }

    @Test
    void rejectsPinThatContainsFourAscendingDigits() {
        assertThat(reasons("1234", CONFERENCE)).contains(SEQUENTIAL_RUN);
        assertThat(reasons("991234", VOICEMAIL)).containsExactly(SEQUENTIAL_RUN);
        assertThat(reasons("8045678", PHONE)).containsExactly(SEQUENTIAL_RUN);
    }

    @Test
    void rejectsPinThatContainsFourDescendingDigits() {
        assertThat(reasons("65432", PHONE)).containsExactly(SEQUENTIAL_RUN);
        assertThat(reasons("5098763", PHONE)).containsExactly(SEQUENTIAL_RUN);
    }

    @Test
    void acceptsShorterRunsAndRunsThatWrapAround() {
        assertThat(reasons("12350", PHONE)).isEmpty();
        assertThat(reasons("89012", PHONE)).isEmpty();
        assertThat(reasons("21098", PHONE)).isEmpty();
        assertThat(reasons("135798", VOICEMAIL)).isEmpty();
    }

    @Test
    void rejectsTheUsersExtensionOrItsReverse() {
        assertThat(reasons("4821", CONFERENCE, KEN)).containsExactly(EXTENSION_OR_NUMBER);
        assertThat(reasons("1284", CONFERENCE, KEN)).containsExactly(EXTENSION_OR_NUMBER);
        assertThat(reasons("4821", CONFERENCE)).isEmpty();
    }

    @Test
    void rejectsTheUsersLineNumberAndEverySuffixOfFourOrMoreDigits() {
        assertThat(reasons("14255550187", PHONE, KEN)).containsExactly(EXTENSION_OR_NUMBER);
        assertThat(reasons("4255550187", PHONE, KEN)).containsExactly(EXTENSION_OR_NUMBER);
        assertThat(reasons("550187", VOICEMAIL, KEN)).containsExactly(EXTENSION_OR_NUMBER);
        assertThat(reasons("0187", CONFERENCE, KEN)).containsExactly(EXTENSION_OR_NUMBER);
    }

    @Test
    void rejectsAReversedSuffixOfTheLineNumber() {
        assertThat(reasons("7810", CONFERENCE, KEN)).containsExactly(EXTENSION_OR_NUMBER);
        assertThat(reasons("781055", VOICEMAIL, KEN)).containsExactly(EXTENSION_OR_NUMBER);
        assertThat(reasons("7810555524", PHONE, KEN)).containsExactly(EXTENSION_OR_NUMBER);
    }

    @Test
    void acceptsDigitsOfTheLineNumberThatAreNoSuffix() {
        assertThat(reasons("42555", PHONE, KEN)).isEmpty();
        assertThat(reasons("5550", CONFERENCE, KEN)).isEmpty();
        assertThat(reasons("948211", VOICEMAIL, KEN)).isEmpty();
    }

    @Test
    void voicemailPinsMayNotBeTheUsersNumbersEvenWithCommonPatternsAllowed() {
        PinPolicy permissive = allowingCommonPatterns(VOICEMAIL);
        assertThat(reasons("550187", permissive, KEN)).containsExactly(EXTENSION_OR_NUMBER);
        assertThat(reasons("781055", permissive, KEN)).containsExactly(EXTENSION_OR_NUMBER);
        assertThat(reasons("111111", permissive, KEN)).isEmpty();
    }

    @Test
    void allowingCommonPatternsAllowsThemForPhoneAndConference() {
        assertThat(reasons("55187", allowingCommonPatterns(PHONE), KEN)).isEmpty();
        assertThat(reasons("1234", allowingCommonPatterns(CONFERENCE), KEN)).isEmpty();
        assertThat(reasons("8888", allowingCommonPatterns(CONFERENCE))).isEmpty();
        assertThat(reasons("1984", allowingCommonPatterns(CONFERENCE))).isEmpty();
    }

    @Test
    void rejectsPinsOnTheBlocklist() {
        for (String common : List.of("1004", "6969", "2580", "0852", "5683", "1212")) {
            assertThat(reasons(common, CONFERENCE)).as("four-digit common PIN").containsExactly(COMMON_PIN);
        }
        assertThat(reasons("13579", PHONE)).containsExactly(COMMON_PIN);
        assertThat(reasons("159753", VOICEMAIL)).containsExactly(COMMON_PIN);
        assertThat(reasons("789456", VOICEMAIL)).containsExactly(COMMON_PIN);
        assertThat(reasons("8675309", PHONE)).containsExactly(COMMON_PIN);
    }

    @Test
    void rejectsYearsAsCommonPins() {
        assertThat(reasons("1984", CONFERENCE)).containsExactly(COMMON_PIN);
        assertThat(reasons("2019", CONFERENCE)).containsExactly(COMMON_PIN);
        assertThat(reasons("1899", CONFERENCE)).isEmpty();
        assertThat(reasons("2100", CONFERENCE)).isEmpty();
    }

    @Test
    void rejectsPinFoundInHistory() {
        PinContext history = KEN.withHistory(Pin.of("839201")::equals);
        assertThat(PinRules.check(Pin.of("839201"), VOICEMAIL, history))
                .containsExactly(new PinRules.Violation(RECENTLY_USED,
                        "The PIN must differ from each of the last 5 PINs"));
        assertThat(reasons("839202", VOICEMAIL, history)).isEmpty();
        assertThat(reasons("839201", allowingCommonPatterns(VOICEMAIL), history)).containsExactly(RECENTLY_USED);
    }

    @Test
    void doesNotCheckHistoryWithoutAPredicate() {
        assertThat(reasons("839201", VOICEMAIL, KEN)).isEmpty();
    }

    @Test
    void reportsEveryViolationInAStableOrder() {
        PinContext context = PinContext.of("4321", null).withHistory(pin -> true);
        assertThat(reasons("4321", PHONE, context))
                .containsExactly(TOO_SHORT, SEQUENTIAL_RUN, EXTENSION_OR_NUMBER, COMMON_PIN, RECENTLY_USED);
    }

    @Test
    void requireAcceptableThrowsWithEveryViolation() {
        assertThatThrownBy(() -> PinRules.requireAcceptable(Pin.of("1234"), PHONE, PinContext.none()))
                .isInstanceOfSatisfying(InvalidPinException.class, e -> {
                    assertThat(e.violations()).extracting(PinRules.Violation::reason)
                            .containsExactly(TOO_SHORT, SEQUENTIAL_RUN, COMMON_PIN);
                    assertThat(e.getMessage()).contains("too-short", "sequential-run", "common-pin");
                });
    }

    @Test
    void messagesNeverContainThePinOrTheUsersNumbers() {
        PinContext context = PinContext.of("4821", "tel:+14255550187").withHistory(pin -> true);
        List<String> pins = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            pins.add(String.format("%04d", i));
        }
        Random random = new Random(20240601);
        for (int i = 0; i < 10_000; i++) {
            pins.add(String.valueOf(10_000 + random.nextInt(990_000)));
        }
        pins.addAll(List.of("14255550187", "4255550187", "550187", "781055", "225577", "11223344", "991234"));
        for (String digits : pins) {
            for (PinPolicy policy : List.of(PHONE, VOICEMAIL, CONFERENCE)) {
                List<PinRules.Violation> violations = PinRules.check(Pin.of(digits), policy, context);
                assertThat(violations).isNotEmpty();
                String message = new InvalidPinException(violations).getMessage();
                assertThat(message).doesNotContain(digits).doesNotContain("4821").doesNotContain("0187");
            }
        }
    }

    @Test
    void lineNumberIsTheDigitsOfTheLineUri() {
        assertThat(PinContext.digitsOf("tel:+14255550100")).isEqualTo("14255550100");
        assertThat(PinContext.digitsOf("TEL:+1-425-555-0100;ext=0100")).isEqualTo("14255550100");
        assertThat(PinContext.digitsOf("tel:5550100;phone-context=+1425")).isEqualTo("5550100");
        assertThat(PinContext.digitsOf("+14255550100")).isEqualTo("14255550100");
        assertThat(PinContext.digitsOf("tel:;ext=12")).isNull();
        assertThat(PinContext.digitsOf(null)).isNull();
    }

    @Test
    void contextDoesNotShowTheUsersNumbers() {
        assertThat(KEN.toString()).doesNotContain("4821").doesNotContain("0187").contains("history=not checked");
    }

    private static List<PinRules.Reason> reasons(String digits, PinPolicy policy) {
        return reasons(digits, policy, PinContext.none());
    }

    private static List<PinRules.Reason> reasons(String digits, PinPolicy policy, PinContext context) {
        return PinRules.check(Pin.of(digits), policy, context).stream().map(PinRules.Violation::reason).toList();
    }

    private static PinPolicy allowingCommonPatterns(PinPolicy p) {
        return new PinPolicy(p.purpose(), p.minLength(), p.generatedLength(), p.historyCount(), p.lifetimeDays(), true,
                p.maximumLogonAttempts(), p.logonFailuresBeforePinReset(), p.maxLogonAttempts(), p.resetPinText(),
                p.enabledText());
    }
}
