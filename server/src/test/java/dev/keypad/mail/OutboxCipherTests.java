package dev.keypad.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.keypad.ServerKeys;

/** The PIN of a queued mail is sealed to its key version and its Message-ID. */
class OutboxCipherTests {

    private final Keys keys = new Keys();
    private final OutboxCipher cipher = new OutboxCipher(keys);

    @Test
    void aSealedPinOpensOnlyInItsOwnRowAndNeverShowsInClear() {
        OutboxCipher.Sealed sealed = cipher.seal("730461", "<a@litwareinc.com>");
        assertThat(sealed.value()).doesNotContain("730461");
        assertThat(sealed.toString()).doesNotContain(sealed.value());
        assertThat(cipher.open(sealed, "<a@litwareinc.com>")).isEqualTo("730461");
        assertThatThrownBy(() -> cipher.open(sealed, "<b@litwareinc.com>")).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("730461");
        assertThat(cipher.seal("730461", "<a@litwareinc.com>").value()).as("a fresh nonce each time").isNotEqualTo(sealed.value());
    }

    @Test
    void aRotatedKeyStillOpensWhatTheOldOneSealed() {
        OutboxCipher.Sealed old = cipher.seal("846192", "<c@litwareinc.com>");
        keys.rotate();
        OutboxCipher.Sealed current = cipher.seal("846192", "<c@litwareinc.com>");
        assertThat(old.keyVersion()).isEqualTo(1);
        assertThat(current.keyVersion()).isEqualTo(2);
        assertThat(cipher.open(old, "<c@litwareinc.com>")).isEqualTo("846192");
    }

    @Test
    void aTamperedCiphertextDoesNotOpen() {
        OutboxCipher.Sealed sealed = cipher.seal("604918", "<d@litwareinc.com>");
        char[] value = sealed.value().toCharArray();
        value[20] = value[20] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> cipher.open(new OutboxCipher.Sealed(1, new String(value)), "<d@litwareinc.com>"))
                .isInstanceOf(IllegalStateException.class);
    }

    /** Two versions of fixed keys. */
    private static final class Keys implements ServerKeys {
        private final Map<Integer, byte[]> keys = new HashMap<>(Map.of(1, filled(1)));

        void rotate() {
            keys.put(2, filled(2));
        }

        @Override
        public int currentVersion() {
            return keys.size();
        }

        @Override
        public byte[] key(int version) {
            return keys.get(version).clone();
        }

        private static byte[] filled(int value) {
            byte[] key = new byte[32];
            Arrays.fill(key, (byte) value);
            return key;
        }
    }
}
