package dev.keypad.pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class Argon2SettingsTests {

    @Test
    void defaultsAreOwaspsArgon2idMinimum() {
        assertThat(Argon2Settings.defaults()).isEqualTo(new Argon2Settings(19_456, 2, 1));
    }

    @Test
    void acceptsTheBoundsOfEveryRange() {
        assertThat(new Argon2Settings(8_192, 1, 1).memoryKib()).isEqualTo(8_192);
        assertThat(new Argon2Settings(1_048_576, 10, 8).parallelism()).isEqualTo(8);
    }

    @Test
    void rejectsMemoryOutsideItsRangeNamingThePropertyAndValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Argon2Settings(8_191, 2, 1))
                .withMessageContaining("keypad.argon2.memory-kib").withMessageContaining("8191");
        assertThatIllegalArgumentException().isThrownBy(() -> new Argon2Settings(1_048_577, 2, 1))
                .withMessageContaining("keypad.argon2.memory-kib").withMessageContaining("1048577");
    }

    @Test
    void rejectsIterationsOutsideItsRangeNamingThePropertyAndValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Argon2Settings(19_456, 0, 1))
                .withMessageContaining("keypad.argon2.iterations").withMessageContaining("is 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new Argon2Settings(19_456, 11, 1))
                .withMessageContaining("keypad.argon2.iterations").withMessageContaining("is 11");
    }

    @Test
    void rejectsParallelismOutsideItsRangeNamingThePropertyAndValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Argon2Settings(19_456, 2, 0))
                .withMessageContaining("keypad.argon2.parallelism").withMessageContaining("is 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new Argon2Settings(19_456, 2, 9))
                .withMessageContaining("keypad.argon2.parallelism").withMessageContaining("is 9");
    }
}
