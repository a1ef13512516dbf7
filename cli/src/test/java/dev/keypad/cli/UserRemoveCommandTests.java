package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserRemoveCommandTests {

    @TempDir
    Path home;

    private FakeKeypadServer server;
    private Cli cli;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer()
                .withUser("sip:ken@litwareinc.com", "Ken Myer")
                .withUser("sip:pilar@litwareinc.com", "Pilar Ackerman")
                .withUser("sip:pia@litwareinc.com", "Pia Ackerman");
        cli = Cli.against(server, home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void removesEveryUserAWildcardMatchesAndPrintsThem() {
        Cli.Run remove = cli.run("user", "remove", "P*", "-o", "jsonl");

        assertThat(remove.exitCode()).isZero();
        assertThat(remove.out()).contains("sip:pia@litwareinc.com").contains("sip:pilar@litwareinc.com");
        assertThat(server.changes()).extracting(FakeKeypadServer.Request::path)
                .containsExactly("/api/v1/users/sip:pia@litwareinc.com", "/api/v1/users/sip:pilar@litwareinc.com");
        assertThat(server.directory.size()).isEqualTo(1);
    }

    @Test
    void onATerminalStandardErrorShowsTheProgressOfResolvingThenOfRemovingWithTheTimeLeft() {
        server.stall = Duration.ofMillis(300);

        Cli.Run remove = cli.errTerminal().run("user", "remove", "ken@litwareinc.com", "P*", "--force");

        assertThat(remove.exitCode()).isZero();
        assertThat(remove.err()).contains("\ruser remove: 1 of 2 identities resolved, ")
                .containsPattern("\ruser remove: 1 of 3 removed, [\\d.]+/s, 0:0\\d left")
                .endsWith("\r");
        assertThat(remove.err().replaceAll("\r[^\r]*", "")).as("nothing but the progress").isEmpty();
    }

    @Test
    void whatIfPrintsTheRequestsAndSendsNothing() {
        Cli.Run remove = cli.run("user", "remove", "ken@litwareinc.com", "P*", "--what-if");

        assertThat(remove.exitCode()).isZero();
        assertThat(remove.out().lines()).containsExactly(
                "What if: DELETE " + server.uri() + "/api/v1/users/sip:ken@litwareinc.com",
                "What if: DELETE " + server.uri() + "/api/v1/users/sip:pia@litwareinc.com",
                "What if: DELETE " + server.uri() + "/api/v1/users/sip:pilar@litwareinc.com");
        assertThat(server.changes()).isEmpty();
    }

    @Test
    void confirmWithoutATerminalRefusesBeforeSendingAnything() {
        Cli.Run remove = cli.run("user", "remove", "ken@litwareinc.com", "--confirm");

        assertThat(remove.exitCode()).isEqualTo(2);
        assertThat(remove.err()).contains("--confirm needs a terminal");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void confirmAsksPerTargetAndHonoursNo() {
        Cli.Run remove = cli.terminal("n", "y", "maybe", "y").run("user", "remove", "ken@litwareinc.com", "P*", "--confirm");

        assertThat(remove.exitCode()).isZero();
        assertThat(cli.questions).containsExactly(
                "Remove sip:ken@litwareinc.com (Ken Myer)? [y]es/yes to [a]ll/[n]o/no to al[l]: ",
                "Remove sip:pia@litwareinc.com (Pia Ackerman)? [y]es/yes to [a]ll/[n]o/no to al[l]: ",
                "Remove sip:pilar@litwareinc.com (Pilar Ackerman)? [y]es/yes to [a]ll/[n]o/no to al[l]: ",
                "Remove sip:pilar@litwareinc.com (Pilar Ackerman)? [y]es/yes to [a]ll/[n]o/no to al[l]: ");
        assertThat(server.changes()).hasSize(2);
        assertThat(server.directory.get("ken@litwareinc.com")).isNotNull();
    }

    @Test
    void confirmAllStopsAskingAndQuitLeavesTheRestAlone() {
        cli.terminal("a").run("user", "remove", "ken@litwareinc.com", "P*", "--confirm");
        assertThat(cli.questions).hasSize(1);
        assertThat(server.directory.size()).isZero();

        server.withUser("sip:ken@litwareinc.com", "Ken Myer").withUser("sip:pia@litwareinc.com", "Pia Ackerman");
        Cli quitting = Cli.against(server, home).terminal("y", "q");
        quitting.run("user", "remove", "ken@litwareinc.com", "pia@litwareinc.com", "--confirm");
        assertThat(server.directory.size()).isEqualTo(1);
        assertThat(server.directory.get("pia@litwareinc.com")).isNotNull();
    }

    @Test
    void withoutForceAnIdentityThatNamesNobodyStopsBeforeAnythingIsRemoved() {
        Cli.Run remove = cli.run("user", "remove", "ken@litwareinc.com", "nobody@litwareinc.com");

        assertThat(remove.exitCode()).isEqualTo(3);
        assertThat(remove.err()).contains("no user matches 'nobody@litwareinc.com'");
        assertThat(server.changes()).isEmpty();
    }

    @Test
    void forceWarnsAboutFailedTargetsRemovesTheOthersAndExits1() {
        Cli.Run remove = cli.stdin("nobody@litwareinc.com\n{\"identity\":\"sip:ken@litwareinc.com\"}\n")
                .run("user", "remove", "-", "--force");

        assertThat(remove.exitCode()).isEqualTo(1);
        assertThat(remove.err()).contains("keypad: warning: no user matches 'nobody@litwareinc.com'")
                .contains("failed for 1 target: nobody@litwareinc.com");
        assertThat(server.directory.get("ken@litwareinc.com")).isNull();
    }

    @Test
    void confirmAndForceTogetherAreAUsageError() {
        assertThat(cli.run("user", "remove", "ken@litwareinc.com", "--confirm", "--force").exitCode()).isEqualTo(2);
        assertThat(server.requests).isEmpty();
    }
}
