package dev.keypad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTests {

    @TempDir
    Path temp;

    @Test
    void newFolderIsOwnerOnly() throws Exception {
        Path folder = DataFolder.of(temp.resolve("a/b").toString()).create();
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void secretIsOwnerOnlyAndReplacesAnOlderOne() throws Exception {
        DataFolder folder = DataFolder.of(temp.resolve("data").toString());
        folder.writeSecret("token", "old");
        Path file = folder.writeSecret("token", "new");
        assertThat(Files.readString(file).trim()).isEqualTo("new");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void h2UrlPointsIntoTheFolder() {
        assertThat(DataFolder.of(temp.toString()).h2Url()).startsWith("jdbc:h2:file:" + temp.resolve("keypad") + ";");
    }
}
