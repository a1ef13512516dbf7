package dev.keypad.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.keypad.InvalidInputException;

class FindUsersTests {

    @Test
    void starInDisplayNameIsAWildcard() {
        assertThat(FindUsers.isWildcard("* Smith")).isTrue();
        assertThat(FindUsers.isWildcard("Pilar*")).isTrue();
        assertThat(FindUsers.isWildcard("Pilar Ackerman")).isFalse();
    }

    @Test
    void starInAnyOtherFormIsRefused() {
        for (String identity : new String[] {"sip:*", "*@litwareinc.com", "litwareinc\\*", "CN=*"}) {
            assertThatThrownBy(() -> FindUsers.isWildcard(identity)).as(identity)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("only in display names");
        }
    }

    @Test
    void emptyIdentityIsRefused() {
        assertThatThrownBy(() -> FindUsers.isWildcard("  ")).hasMessage("identity is empty");
    }
}
