package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginCommandTests {

    @TempDir
    Path home;

    private FakeKeypadServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Path config() {
        return home.resolve(".config/keypad/config");
    }

    @Test
    void savesServerAndTokenInAnOwnerOnlyFileAfterCheckingTheToken() throws Exception {
        Cli.Run login = new Cli(home).run("login", "--server", server.uri() + "/", "--token", FakeKeypadServer.ADMIN_TOKEN);

        assertThat(login.exitCode()).isZero();
        assertThat(login.out()).contains("admin").contains("administrator");
        assertThat(server.requestsTo("/api/v1/whoami")).hasSize(1);
        assertThat(Files.readAllLines(config()))
                .containsExactly("server=" + server.uri(), "token=" + FakeKeypadServer.ADMIN_TOKEN);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config().getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void savedLoginIsUsedByLaterCommands() {
        new Cli(home).run("login", "--server", server.uri().toString(), "--token", FakeKeypadServer.ADMIN_TOKEN);
        server.withUser("sip:ken@litwareinc.com", "Ken Myer");

        Cli.Run show = new Cli(home).run("user", "show", "ken@litwareinc.com");

        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains("sip:ken@litwareinc.com");
    }

    @Test
    void readsTheTokenFromStandardInputWhenGivenAsDash() throws Exception {
        Cli.Run login = new Cli(home).stdin(FakeKeypadServer.ADMIN_TOKEN + "\n")
                .run("login", "--server", server.uri().toString(), "--token", "-");

        assertThat(login.exitCode()).isZero();
        assertThat(Files.readString(config())).contains("token=" + FakeKeypadServer.ADMIN_TOKEN);
    }

    @Test
    void honoursXdgConfigHome() {
        Path xdg = home.resolve("xdg");

        new Cli(home).env("XDG_CONFIG_HOME", xdg.toString())
                .run("login", "--server", server.uri().toString(), "--token", FakeKeypadServer.ADMIN_TOKEN);

        assertThat(xdg.resolve("keypad/config")).exists();
        assertThat(config()).doesNotExist();
    }

    @Test
    void savesNothingWhenTheServerRejectsTheToken() {
        Cli.Run login = new Cli(home).run("login", "--server", server.uri().toString(), "--token", "wrong");

        assertThat(login.exitCode()).isEqualTo(4);
        assertThat(login.err()).contains("keypad: the token is not valid");
        assertThat(config()).doesNotExist();
    }

    @Test
    void environmentVariablesOverrideTheSavedServerAndToken() throws Exception {
        new Cli(home).run("login", "--server", server.uri().toString(), "--token", FakeKeypadServer.ADMIN_TOKEN);
        try (FakeKeypadServer other = new FakeKeypadServer()) {
            other.withUser("sip:ken@litwareinc.com", "Ken Myer");

            Cli.Run withOverrides = new Cli(home).env("KEYPAD_SERVER", other.uri().toString())
                    .env("KEYPAD_TOKEN", FakeKeypadServer.AUDITOR_TOKEN).run("user", "remove", "ken@litwareinc.com");

            assertThat(withOverrides.exitCode()).as("the auditor token from KEYPAD_TOKEN may not remove").isEqualTo(4);
            assertThat(other.requests).isNotEmpty();
            assertThat(server.requestsTo("/api/v1/users")).isEmpty();
        }
    }

    @Test
    void logoutRemovesTheTokenAndKeepsTheServer() throws Exception {
        new Cli(home).run("login", "--server", server.uri().toString(), "--token", FakeKeypadServer.ADMIN_TOKEN);

        Cli.Run logout = new Cli(home).run("logout");
        Cli.Run afterwards = new Cli(home).run("user", "list");

        assertThat(logout.exitCode()).isZero();
        assertThat(Files.readString(config())).doesNotContain("token").contains("server=" + server.uri());
        assertThat(afterwards.exitCode()).isEqualTo(4);
        assertThat(afterwards.err()).contains("not logged in to " + server.uri());
    }

    @Test
    void talksToLocalhost8080WhenNothingIsConfigured() {
        Cli.Run whatIf = new Cli(home).run("user", "add", "--sip", "ken@litwareinc.com", "--name", "Ken", "--what-if");

        assertThat(whatIf.out()).startsWith("What if: POST http://localhost:8080/api/v1/users");
    }

    @Test
    void rejectsAServerThatIsNotAnHttpUrl() {
        Cli.Run login = new Cli(home).run("login", "--server", "keypad.example.com", "--token", "t");

        assertThat(login.exitCode()).isEqualTo(2);
        assertThat(login.err()).contains("--server 'keypad.example.com' is not a server URL");
    }
}
