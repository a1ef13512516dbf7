package dev.keypad.pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.keypad.InvalidInputException;

class PinTests {

    @Test
    void keepsLeadingZeros() {
        Pin pin = Pin.of("007123");
        assertThat(pin.reveal()).isEqualTo("007123");
        assertThat(pin.length()).isEqualTo(6);
    }

    @Test
    void neverShowsItsDigitsInToString() {
        assertThat(Pin.of("482913")).hasToString("*****");
        assertThat(Pin.of("0")).hasToString("*****");
        assertThat(String.valueOf(Pin.of("123456789012345678901234"))).isEqualTo("*****");
    }

    @Test
    void isEqualByDigits() {
        assertThat(Pin.of("04821")).isEqualTo(Pin.of("04821")).hasSameHashCodeAs(Pin.of("04821"));
        assertThat(Pin.of("04821")).isNotEqualTo(Pin.of("4821")).isNotEqualTo(Pin.of("04822"));
        assertThat(Pin.of("04821")).isNotEqualTo("04821");
    }

    @Test
    void rejectsUnicodeDigitsThatAreNotAscii() {
        assertNotDigits("\u0661\u0662\u0663\u0664");
        assertNotDigits("\uff11\uff12\uff13\uff14");
        assertNotDigits("12\u09683");
    }

    @Test
    void rejectsSpacesSignsLettersAndEmptyText() {
        assertNotDigits("1234 56");
        assertNotDigits(" 123456");
        assertNotDigits("-12345");
        assertNotDigits("+12345");
        assertNotDigits("12a456");
        assertNotDigits("12#456");
        assertNotDigits("");
        assertNotDigits(null);
    }

    @Test
    void rejectionNamesTheReasonButNotThePin() {
        assertThatThrownBy(() -> Pin.of("4829 13")).isInstanceOfSatisfying(InvalidPinException.class, e -> {
            assertThat(e.getMessage()).contains("not-digits", "digits 0 to 9 only")
                    .doesNotContain("4829").doesNotContain("13");
            assertThat(e.field()).isEqualTo("pin");
        });
    }

    @Test
    void rejectionIsInvalidInputForTheGivenField() {
        InvalidPinException e = new InvalidPinException("newPin",
                List.of(new PinRules.Violation(PinRules.Reason.TOO_SHORT, "The PIN must have at least 6 digits")));
        assertThat(e).isInstanceOf(InvalidInputException.class);
        assertThat(e.field()).isEqualTo("newPin");
        assertThat(e.getMessage())
                .isEqualTo("The PIN is not acceptable: too-short (The PIN must have at least 6 digits)");
    }

    private static void assertNotDigits(String text) {
        assertThatThrownBy(() -> Pin.of(text)).isInstanceOfSatisfying(InvalidPinException.class,
                e -> assertThat(e.violations()).extracting(PinRules.Violation::reason)
                        .containsExactly(PinRules.Reason.NOT_DIGITS));
    }
}
