package dev.keypad.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.keypad.InvalidInputException;

class UserDataTests {

    private static UserData user(String sip, String name) {
        return new UserData(sip, name, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void sipAddressGetsItsSchemeOnceWhateverTheCase() {
        assertThat(user("kenmyer@litwareinc.com", "Ken").sipAddress()).isEqualTo("sip:kenmyer@litwareinc.com");
        assertThat(user(" SIP:KenMyer@litwareinc.com ", "Ken").sipAddress()).isEqualTo("sip:KenMyer@litwareinc.com");
    }

    @Test
    void blankOptionalFieldsBecomeNullAndTextIsTrimmed() {
        UserData user = new UserData("a@b.c", "  Ken Myer ", " ", "", null, null, null, null, "  Redmond ", null, null, null, null);
        assertThat(user.displayName()).isEqualTo("Ken Myer");
        assertThat(user.userPrincipalName()).isNull();
        assertThat(user.logonName()).isNull();
        assertThat(user.site()).isEqualTo("Redmond");
    }

    @Test
    void rejectsEachMalformedFieldByName() {
        assertRejected("sipAddress", () -> user("ken", "Ken"));
        assertRejected("sipAddress", () -> user("sip:*@litwareinc.com", "Ken"));
        assertRejected("displayName", () -> user("a@b.c", " "));
        assertRejected("displayName", () -> user("a@b.c", "x".repeat(257)));
        assertRejected("displayName", () -> user("a@b.c", "Tab\there"));
        assertRejected("logonName", () -> new UserData("a@b.c", "K", null, "kenmyer", null, null, null, null, null, null, null, null, null));
        assertRejected("lineUri", () -> new UserData("a@b.c", "K", null, null, null, null, "+14255550100", null, null, null, null, null, null));
        assertRejected("extension", () -> new UserData("a@b.c", "K", null, null, null, null, null, "01-00", null, null, null, null, null));
        assertRejected("distinguishedName", () -> new UserData("a@b.c", "K", null, null, "Ken Myer", null, null, null, null, null, null, null, null));
    }

    @Test
    void acceptsLineUriWithExtensionAndLeadingZeroExtension() {
        UserData user = new UserData("a@b.c", "K", null, null, null, null, "tel:+14255550100;ext=100", "0100", null, null, null, null, null);
        assertThat(user.lineUri()).isEqualTo("tel:+14255550100;ext=100");
        assertThat(user.extension()).isEqualTo("0100");
    }

    private static void assertRejected(String field, Runnable construction) {
        assertThatThrownBy(construction::run).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field))
                .hasMessageContaining(field);
    }
}
