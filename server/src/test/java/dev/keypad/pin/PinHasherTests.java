package dev.keypad.pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.keypad.DataFolder;

class PinHasherTests {

    // Small work keeps the suite fast; the defaults are checked once, in their own test.
    static final Argon2Settings FAST = new Argon2Settings(8_192, 1, 1);
    static final Pattern ENCODED = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+),k=(\\d+)\\$([A-Za-z0-9+/]{22})\\$([A-Za-z0-9+/]{43})");

    // Configured keys never touch the folder.
    static final DataFolder NOWHERE = DataFolder.of("never-created");

    final PinKeys keysA = PinKeys.load(NOWHERE, "1:" + PinKeysTests.KEY_A);
    final PinHasher hasher = new PinHasher(FAST, keysA);

    @TempDir
    Path temp;

    @Test
    void verifiesThePinItHashed() {
        assertThat(hasher.verify("482915", hasher.hash("482915"))).isTrue();
    }

    @Test
    void rejectsAWrongPin() {
        String encoded = hasher.hash("482915");

        assertThat(hasher.verify("482916", encoded)).isFalse();
        assertThat(hasher.verify("", encoded)).isFalse();
    }

    @Test
    void hashesTheSamePinDifferentlyEachTime() {
        String first = hasher.hash("482915");
        String second = hasher.hash("482915");

        assertThat(first).isNotEqualTo(second);
        assertThat(salt(first)).isNotEqualTo(salt(second));
        assertThat(hasher.verify("482915", second)).isTrue();
    }

    @Test
    void verifiesAHashComputedByTheReferenceArgon2Implementation() {
        // From libargon2 (argon2_ctx, Argon2id v1.3) with PIN "0123", salt 00..0f and KEY_A as its
        // secret: pins BouncyCastle's keyed output and the UTF-8 PIN bytes to the standard.
        String reference = "$argon2id$v=19$m=8192,t=1,p=1,k=1$AAECAwQFBgcICQoLDA0ODw"
                + "$IkpxZt2XB0xHYBTga0SMOUsoBSXCw+AHQ+pPeogAJ2o";

        assertThat(hasher.verify("0123", reference)).isTrue();
        assertThat(hasher.verify("123", reference)).isFalse();
        assertThat(hasher.needsRehash(reference)).isFalse();
    }

    @Test
    void leadingZerosMatter() {
        assertThat(hasher.verify("123", hasher.hash("0123"))).isFalse();
        assertThat(hasher.verify("0123", hasher.hash("123"))).isFalse();
    }

    @Test
    void encodesTheSettingsAndKeyVersion() {
        Matcher parts = parts(new PinHasher(new Argon2Settings(9_216, 3, 2), keysA).hash("2580"));

        assertThat(parts.group(1)).isEqualTo("9216");
        assertThat(parts.group(2)).isEqualTo("3");
        assertThat(parts.group(3)).isEqualTo("2");
        assertThat(parts.group(4)).isEqualTo("1");
    }

    @Test
    void encodesTheDefaultsAsOwaspsMinimum() {
        PinHasher defaults = new PinHasher(Argon2Settings.defaults(), keysA);

        String encoded = defaults.hash("2580");

        assertThat(encoded).startsWith("$argon2id$v=19$m=19456,t=2,p=1,k=1$");
        assertThat(defaults.verify("2580", encoded)).isTrue();
        assertThat(defaults.needsRehash(encoded)).isFalse();
    }

    @Test
    void pinHashedUnderOtherSettingsStillVerifiesButNeedsRehash() {
        PinHasher stronger = new PinHasher(new Argon2Settings(9_216, 2, 1), keysA);
        String old = hasher.hash("482915");

        assertThat(stronger.verify("482915", old)).isTrue();
        assertThat(stronger.verify("482916", old)).isFalse();
        assertThat(stronger.needsRehash(old)).isTrue();
        assertThat(stronger.needsRehash(stronger.hash("482915"))).isFalse();
    }

    @Test
    void afterKeyRotationOldHashesVerifyButNeedRehashAndNewOnesUseTheNewVersion() {
        DataFolder folder = new DataFolder(temp);
        PinKeys before = PinKeys.load(folder, null);
        String old = new PinHasher(FAST, before).hash("482915");

        PinHasher after = new PinHasher(FAST, before.rotate(folder));
        String fresh = after.hash("482915");

        assertThat(parts(old).group(4)).isEqualTo("1");
        assertThat(after.verify("482915", old)).isTrue();
        assertThat(after.needsRehash(old)).isTrue();
        assertThat(parts(fresh).group(4)).isEqualTo("2");
        assertThat(after.verify("482915", fresh)).isTrue();
        assertThat(after.needsRehash(fresh)).isFalse();
        assertThat(new PinHasher(FAST, PinKeys.load(folder, null)).verify("482915", fresh)).isTrue();
    }

    @Test
    void aStolenDatabaseIsNotEnoughWithoutTheKey() {
        String encoded = hasher.hash("482915");
        PinHasher otherKey = new PinHasher(FAST, PinKeys.load(NOWHERE, "1:" + PinKeysTests.KEY_B));

        assertThat(otherKey.verify("482915", encoded)).isFalse();
    }

    @Test
    void hashKeyedWithAnUnknownVersionIsAStateError() {
        DataFolder folder = new DataFolder(temp);
        String encoded = new PinHasher(FAST, PinKeys.load(folder, null).rotate(folder)).hash("482915");

        assertThatIllegalStateException().isThrownBy(() -> hasher.verify("482915", encoded))
                .withMessageContaining("version 2");
    }

    @Test
    void tamperedHashDoesNotVerify() {
        String encoded = hasher.hash("482915");
        char last = encoded.charAt(encoded.length() - 2);
        String tampered = encoded.substring(0, encoded.length() - 2) + (last == 'A' ? 'B' : 'A')
                + encoded.charAt(encoded.length() - 1);

        assertThat(hasher.verify("482915", tampered)).isFalse();
    }

    @Test
    void rejectsMalformedEncodingsWithoutQuotingThem() {
        String valid = hasher.hash("482915");
        String salt = salt(valid);
        assertMalformed("");
        assertMalformed("482915");
        assertMalformed(valid.replace("argon2id", "argon2i"));
        assertMalformed(valid.replace("v=19", "v=16"));
        assertMalformed(valid.replace(",k=1", ""));
        assertMalformed(valid.substring(0, valid.length() - 1));
        assertMalformed(valid + "=");
        assertMalformed(valid.replace(salt, salt + "AA"));
        assertThatIllegalArgumentException().isThrownBy(() -> hasher.verify("482915", valid.replace("m=8192", "m=1024")))
                .withMessageContaining("m=1024").withMessageNotContaining(salt);
        assertThatIllegalArgumentException().isThrownBy(() -> hasher.needsRehash(valid.replace("t=1", "t=99")))
                .withMessageContaining("t=99").withMessageNotContaining(salt);
    }

    private void assertMalformed(String encoded) {
        assertThatIllegalArgumentException().isThrownBy(() -> hasher.verify("482915", encoded))
                .withMessageNotContaining("482915").satisfies(e -> {
                    if (!encoded.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(encoded);
                    }
                });
        assertThatIllegalArgumentException().isThrownBy(() -> hasher.needsRehash(encoded));
    }

    private static Matcher parts(String encoded) {
        Matcher parts = ENCODED.matcher(encoded);
        assertThat(parts.matches()).as("encoded form").isTrue();
        return parts;
    }

    private static String salt(String encoded) {
        return parts(encoded).group(5);
    }
}
