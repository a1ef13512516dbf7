package dev.keypad.pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.keypad.DataFolder;

class PinKeysTests {

    static final String KEY_A = key(0xA1);
    static final String KEY_B = key(0xB2);

    @TempDir
    Path temp;

    /** A base64 key of 32 equal bytes, easy to search for in messages. */
    static String key(int fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }

    DataFolder folder() {
        return new DataFolder(temp.resolve("data"));
    }

    Path keyFile() {
        return temp.resolve("data").resolve(PinKeys.FILE_NAME);
    }

    @Test
    void createsAnOwnerOnlyKeyFileWithVersionOneOnFirstLoad() throws Exception {
        PinKeys keys = PinKeys.load(folder(), null);

        assertThat(keys.currentVersion()).isEqualTo(1);
        assertThat(keys.key(1)).hasSize(32);
        assertThat(Files.getPosixFilePermissions(keyFile())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        List<String> lines = Files.readAllLines(keyFile());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("#");
        assertThat(lines.get(1)).isEqualTo("1:" + Base64.getEncoder().encodeToString(keys.key(1)));
    }

    @Test
    void reusesTheKeyFileOnTheNextLoad() {
        PinKeys first = PinKeys.load(folder(), null);
        PinKeys second = PinKeys.load(folder(), "  ");

        assertThat(second.currentVersion()).isEqualTo(1);
        assertThat(second.key(1)).isEqualTo(first.key(1));
    }

    @Test
    void configuredKeysWinOverTheFile() throws Exception {
        PinKeys.load(folder(), null);
        String file = Files.readString(keyFile());

        PinKeys keys = PinKeys.load(folder(), "1:" + KEY_A + ", 2:" + KEY_B);

        assertThat(keys.currentVersion()).isEqualTo(2);
        assertThat(keys.key(1)).isEqualTo(Base64.getDecoder().decode(KEY_A));
        assertThat(keys.key(2)).isEqualTo(Base64.getDecoder().decode(KEY_B));
        assertThat(Files.readString(keyFile())).isEqualTo(file);
    }

    @Test
    void configuredKeysCreateNoFile() {
        PinKeys.load(folder(), "1:" + KEY_A);

        assertThat(keyFile()).doesNotExist();
    }

    @Test
    void rotationAddsTheNextVersionAndRewritesTheFileOwnerOnly() throws Exception {
        PinKeys first = PinKeys.load(folder(), null);

        PinKeys rotated = first.rotate(folder());

        assertThat(first.currentVersion()).isEqualTo(1);
        assertThat(rotated.currentVersion()).isEqualTo(2);
        assertThat(rotated.key(1)).isEqualTo(first.key(1));
        assertThat(rotated.key(2)).hasSize(32).isNotEqualTo(first.key(1));
        assertThat(Files.getPosixFilePermissions(keyFile())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        PinKeys reloaded = PinKeys.load(folder(), null);
        assertThat(reloaded.currentVersion()).isEqualTo(2);
        assertThat(reloaded.key(2)).isEqualTo(rotated.key(2));
    }

    @Test
    void refusesToRotateConfiguredKeys() {
        PinKeys keys = PinKeys.load(folder(), "1:" + KEY_A);

        assertThatIllegalStateException().isThrownBy(() -> keys.rotate(folder()))
                .withMessageContaining(PinKeys.PROPERTY).withMessageContaining("version 2")
                .withMessageNotContaining(KEY_A);
        assertThat(keyFile()).doesNotExist();
    }

    @Test
    void handsOutCopiesOfKeys() {
        PinKeys keys = PinKeys.load(folder(), "1:" + KEY_A);

        Arrays.fill(keys.key(1), (byte) 0);

        assertThat(keys.key(1)).isEqualTo(Base64.getDecoder().decode(KEY_A));
    }

    @Test
    void unknownVersionIsNamedWithoutAnyKey() {
        PinKeys keys = PinKeys.load(folder(), "1:" + KEY_A);

        assertThatIllegalStateException().isThrownBy(() -> keys.key(7))
                .withMessageContaining("version 7").withMessageContaining("[1]").withMessageNotContaining(KEY_A);
    }

    @Test
    void malformedConfigurationNamesThePropertyAndEntryButNoKey() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertMalformedConfiguration("1:" + KEY_A + ",2:" + shortKey, "entry 2", "16 bytes", shortKey);
        assertMalformedConfiguration(KEY_A, "entry 1", "version:base64", KEY_A);
        assertMalformedConfiguration("one:" + KEY_A, "entry 1", "version:base64", KEY_A);
        assertMalformedConfiguration("0:" + KEY_A, "entry 1", "version:base64", KEY_A);
        assertMalformedConfiguration("1:" + KEY_A + ",2:" + KEY_B + "-!", "entry 2", "not base64", KEY_B);
        assertMalformedConfiguration("1:" + KEY_A + ",1:" + KEY_B, "entry 2", "twice", KEY_B);
    }

    private void assertMalformedConfiguration(String configured, String where, String why, String key) {
        assertThatIllegalStateException().isThrownBy(() -> PinKeys.load(folder(), configured))
                .withMessageContaining(PinKeys.PROPERTY).withMessageContaining(where).withMessageContaining(why)
                .withMessageNotContaining(key).withMessageNotContaining(KEY_A.substring(0, 8));
    }

    @Test
    void malformedFileNamesTheFileAndLineButNoKey() throws Exception {
        folder().writeSecret(PinKeys.FILE_NAME, "# keys\n1:" + KEY_A + "\n2;" + KEY_B);

        assertThatIllegalStateException().isThrownBy(() -> PinKeys.load(folder(), null))
                .withMessageContaining(keyFile().toString()).withMessageContaining("line 3")
                .withMessageNotContaining(KEY_A.substring(0, 8)).withMessageNotContaining(KEY_B.substring(0, 8));
    }

    @Test
    void fileWithoutKeysIsRejected() {
        folder().writeSecret(PinKeys.FILE_NAME, "# nothing here");

        assertThatIllegalStateException().isThrownBy(() -> PinKeys.load(folder(), null))
                .withMessageContaining(keyFile().toString()).withMessageContaining("no key");
    }

    @Test
    void toStringShowsVersionsButNoKey() {
        PinKeys keys = PinKeys.load(folder(), null).rotate(folder());

        assertThat(keys.toString()).contains("versions=[1, 2]", "current=2")
                .doesNotContain(Base64.getEncoder().encodeToString(keys.key(1)).substring(0, 8))
                .doesNotContain(Base64.getEncoder().encodeToString(keys.key(2)).substring(0, 8));
    }
}
