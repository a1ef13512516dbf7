package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCodeTests {

    @TempDir
    Path home;

    private FakeKeypadServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer().withUser("sip:ken@litwareinc.com", "Ken Myer");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void successExits0() {
        assertThat(Cli.against(server, home).run("user", "show", "ken@litwareinc.com").exitCode()).isZero();
    }

    @Test
    void unknownOptionExits2WithoutCallingTheServer() {
        Cli.Run run = Cli.against(server, home).run("user", "list", "--colour");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--colour'");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void aCountBelowOneExits2WithoutCallingTheServer() {
        for (String[] command : new String[][] {{"user", "list", "--result-size", "0"}, {"mail", "list", "--result-size", "0"},
                {"pin", "info", "--purpose", "phone", "--result-size", "-3"}, {"audit", "list", "--limit", "0"}}) {
            Cli.Run run = Cli.against(server, home).run(command);
            assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(run.err()).contains("must be at least 1");
        }
        assertThat(server.requests).isEmpty();
    }

    @Test
    void nounWithoutVerbExits2() {
        assertThat(Cli.against(server, home).run("user").exitCode()).isEqualTo(2);
        assertThat(Cli.against(server, home).run().exitCode()).isEqualTo(2);
    }

    @Test
    void unknownIdentityExits3() {
        assertThat(Cli.against(server, home).run("user", "remove", "nobody").exitCode()).isEqualTo(3);
    }

    @Test
    void rejectedTokenExits4() {
        Cli.Run run = Cli.against(server, home).env("KEYPAD_TOKEN", "stolen").run("user", "list");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("keypad: the token is not valid\n");
    }

    @Test
    void forbiddenRoleExits4() {
        Cli.Run run = Cli.against(server, home).env("KEYPAD_TOKEN", FakeKeypadServer.AUDITOR_TOKEN)
                .run("account", "add", "anna", "--role", "helpdesk");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("the role auditor may not do this");
    }

    @Test
    void refusedConnectionExits5NamingTheServer() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Cli.Run run = new Cli(home).env("KEYPAD_SERVER", "http://127.0.0.1:" + closedPort).env("KEYPAD_TOKEN", "t")
                .run("user", "list");

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).isEqualTo(
                "keypad: cannot reach the Keypad server at http://127.0.0.1:" + closedPort + ": connection refused\n");
    }

    @Test
    void serverThatDoesNotAnswerInTimeExits5() {
        server.stall = Duration.ofSeconds(5);

        Cli.Run run = Cli.against(server, home).env("KEYPAD_TIMEOUT", "1").run("user", "list");

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).contains(server.uri().toString()).contains("no answer within 1 s");
    }

    @Test
    void serverErrorExits1WithItsDetail() {
        server.failure = 500;

        Cli.Run run = Cli.against(server, home).run("user", "list");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("keypad: the database is down\n");
    }

    @Test
    void bulkCommandThatFailedForSomeTargetsExits1() {
        Cli.Run run = Cli.against(server, home).run("user", "show", "ken@litwareinc.com", "nobody");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).endsWith("keypad: failed for 1 target: nobody\n");
    }
}
