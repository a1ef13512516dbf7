package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinKeysCommandTests {

    @TempDir
    Path home;

    private FakeKeypadServer server;
    private Cli cli;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer();
        cli = Cli.against(server, home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void rotatePrintsTheNewCurrentVersionAndWhatIfRotatesNothing() {
        Cli.Run whatIf = cli.run("pin-keys", "rotate", "--what-if");
        assertThat(whatIf.exitCode()).isZero();
        assertThat(whatIf.out()).contains("What if: POST").contains("/api/v1/pin-keys/rotate");
        assertThat(server.pinKeyVersion.get()).isEqualTo(1);

        Cli.Run rotated = cli.run("pin-keys", "rotate", "-o", "json");
        assertThat(rotated.exitCode()).as(rotated.err()).isZero();
        assertThat(rotated.out()).contains("\"currentVersion\" : 2");
    }
}
