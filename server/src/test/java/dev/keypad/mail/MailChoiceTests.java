package dev.keypad.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.keypad.InvalidInputException;

/** Who gets a mail (SPEC §5): the operation's choice, the user's address and the tenant setting. */
class MailChoiceTests {

    @Test
    void noChoiceFollowsTheTenantSetting() {
        assertThat(MailChoice.automatic().decide("ken@litwareinc.com", true)).isEqualTo(new MailChoice.Decision("ken@litwareinc.com", MailNote.QUEUED));
        assertThat(MailChoice.automatic().decide("ken@litwareinc.com", false).status()).isEqualTo(MailNote.NOT_SENT);
    }

    @Test
    void anExplicitSendOutranksTheTenantSettingAndAnExplicitNoSendsNothing() {
        assertThat(new MailChoice(true, null).decide("ken@litwareinc.com", false).to()).isEqualTo("ken@litwareinc.com");
        assertThat(new MailChoice(false, null).decide("ken@litwareinc.com", true).sends()).isFalse();
    }

    @Test
    void anOverrideAddressAsksForAMailByItselfAndGoesInsteadOfTheUsersOwn() {
        MailChoice choice = new MailChoice(null, " ken@example.com ");
        assertThat(choice.decide("ken@litwareinc.com", false).to()).isEqualTo("ken@example.com");
        assertThat(choice.decide(null, false).to()).isEqualTo("ken@example.com");
    }

    @Test
    void aUserWithoutAnAddressGetsNoMailAndTheResultSaysWhy() {
        assertThat(MailChoice.automatic().decide(null, true)).isEqualTo(new MailChoice.Decision(null, MailNote.NO_ADDRESS));
        assertThat(new MailChoice(true, null).decide("  ", true).status()).isEqualTo(MailNote.NO_ADDRESS);
    }

    @Test
    void malformedOrContradictoryOptionsAreRefusedNamingTheField() {
        for (String bad : new String[] {"ken", "ken@", "Ken <ken@litwareinc.com>", "a@b@c", "ken@litwareinc.com, eve@litwareinc.com"}) {
            assertThatThrownBy(() -> new MailChoice(null, bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("emailTo"));
        }
        assertThatThrownBy(() -> new MailChoice(false, "ken@example.com")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sendEmail");
    }

    @Test
    void notesDescribeWhatBecameOfTheMail() {
        MailChoice.Decision sends = new MailChoice.Decision("ken@litwareinc.com", MailNote.QUEUED);
        assertThat(MailNote.of(sends, true)).isEqualTo(new MailNote(MailNote.WOULD_QUEUE, null, "ken@litwareinc.com"));
        assertThat(MailNote.of(new MailChoice.Decision(null, MailNote.NO_ADDRESS), false)).isEqualTo(new MailNote(MailNote.NO_ADDRESS, null, null));
    }
}
