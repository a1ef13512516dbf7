package dev.keypad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The start-up contract of SPEC §8, as it turns into Spring properties. */
class KeypadApplicationTests {

    @Test
    void embeddedDatabaseLivesInTheDataFolderGivenAsAbsolutePath() {
        Map<String, Object> defaults = KeypadApplication.defaults(Map.of("KEYPAD_DATA", "relative/data"), new String[0]);
        Path folder = Path.of("relative/data").toAbsolutePath().normalize();
        assertThat(defaults.get("keypad.data-folder")).isEqualTo(folder.toString());
        assertThat((String) defaults.get("spring.datasource.url"))
                .startsWith("jdbc:h2:file:" + folder.resolve("keypad")).contains("MODE=PostgreSQL");
        assertThat(defaults.get("keypad.demo")).isEqualTo("false");
    }

    @Test
    void defaultDataFolderIsKeypadDataInTheWorkingDirectory() {
        assertThat(KeypadApplication.defaults(Map.of(), new String[0]).get("keypad.data-folder"))
                .isEqualTo(Path.of("keypad-data").toAbsolutePath().toString());
    }

    @Test
    void postgresUrlReplacesTheEmbeddedDatabase() {
        Map<String, Object> defaults = KeypadApplication.defaults(
                Map.of("KEYPAD_DB_URL", "jdbc:postgresql://db/keypad"), new String[0]);
        assertThat(defaults.get("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/keypad");
    }

    @Test
    void demoIsAskedForByFlagOrEnvironment() {
        assertThat(KeypadApplication.defaults(Map.of(), new String[] {"--demo"}).get("keypad.demo")).isEqualTo("true");
        assertThat(KeypadApplication.defaults(Map.of("KEYPAD_DEMO", "TRUE"), new String[0]).get("keypad.demo")).isEqualTo("true");
    }
}
