package dev.keypad.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.keypad.InvalidInputException;

class PurposeTests {

    @Test
    void namesPurposesInLowerCaseForJson() {
        assertThat(Purpose.PHONE.jsonName()).isEqualTo("phone");
        assertThat(Purpose.VOICEMAIL.jsonName()).isEqualTo("voicemail");
        assertThat(Purpose.CONFERENCE.jsonName()).isEqualTo("conference");
    }

    @Test
    void parsesJsonNamesIgnoringCase() {
        assertThat(Purpose.parse("phone")).isEqualTo(Purpose.PHONE);
        assertThat(Purpose.parse("VoiceMail")).isEqualTo(Purpose.VOICEMAIL);
        assertThat(Purpose.parse(" CONFERENCE ")).isEqualTo(Purpose.CONFERENCE);
    }

    @Test
    void rejectsUnknownPurposeListingTheValidOnes() {
        assertThatThrownBy(() -> Purpose.parse("fax")).isInstanceOf(InvalidInputException.class)
                .hasMessage("purpose 'fax' is not one of phone, voicemail, conference")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("purpose");
    }

    @Test
    void rejectsMissingPurpose() {
        assertThatThrownBy(() -> Purpose.parse(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("purpose is required: one of phone, voicemail, conference");
        assertThatThrownBy(() -> Purpose.parse(" ")).isInstanceOf(InvalidInputException.class);
    }
}
