package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.jr.ob.JSON;

class PhoneCommandTests {

    @TempDir
    Path home;

    private FakeKeypadServer server;
    private Cli cli;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer()
                .withUser("sip:ken@litwareinc.com", "Ken Myer", "extension", "0100", "site", "Redmond",
                        "lineUri", "tel:+14255550100")
                .withUser("sip:pia@litwareinc.com", "Pia Ackerman", "extension", "0100", "site", "Oslo");
        server.pins.state("phone", "ken@litwareinc.com").pin = "480213";
        cli = Cli.against(server, home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void signInPrintsTheOutcomeAndExits0ForEveryOutcome() {
        Cli.Run accepted = cli.stdin("480213\n").run("phone", "sign-in", "--purpose", "phone",
                "--extension", "0100", "--site", "Redmond", "--pin", "-", "-o", "json");
        Cli.Run rejected = Cli.against(server, home).stdin("111111\n").run("phone", "sign-in", "--purpose", "phone",
                "--line-uri", "tel:+14255550100", "--pin", "-");
        Cli.Run noPin = Cli.against(server, home).stdin("480213\n").run("phone", "sign-in", "--purpose", "voicemail",
                "--identity", "Pia Ackerman", "--pin", "-", "-o", "csv");
        server.pins.state("phone", "ken@litwareinc.com").locked = true;
        Cli.Run locked = Cli.against(server, home).stdin("480213\n").run("phone", "sign-in", "--purpose", "phone",
                "--identity", "ken@litwareinc.com", "--pin", "-", "-o", "jsonl");

        assertThat(JSON.std.mapFrom(accepted.out()))
                .isEqualTo(Map.of("outcome", "accepted", "identity", "sip:ken@litwareinc.com"));
        assertThat(rejected.out()).isEqualTo("outcome\nrejected\n");
        assertThat(noPin.out()).isEqualTo("outcome,identity\r\nno-pin,sip:pia@litwareinc.com\r\n");
        assertThat(JSON.std.mapFrom(locked.out())).containsEntry("outcome", "locked");
        assertThat(accepted.exitCode() + rejected.exitCode() + noPin.exitCode() + locked.exitCode()).isZero();
        assertThat(accepted.err() + rejected.err() + noPin.err() + locked.err()).isEmpty();
    }

    @Test
    void signInSendsTheCallerAsGivenAndThePin() {
        Cli.Run signIn = cli.run("phone", "sign-in", "--purpose", "phone", "--extension", "0100", "--site", "Redmond",
                "--pin", "480213", "--caller-id", "+14255550199");

        assertThat(signIn.exitCode()).isZero();
        assertThat(signIn.err()).contains("warning: a PIN typed on the command line").doesNotContain("480213");
        FakeKeypadServer.Request request = server.changes().get(0);
        assertThat(request.path()).isEqualTo("/api/v1/phone/sign-in");
        assertThat(JSON.std.mapFrom(request.body())).isEqualTo(Map.of("purpose", "phone", "extension", "0100",
                "site", "Redmond", "pin", "480213", "callerId", "+14255550199"));
    }

    @Test
    void theCallerIsNamedExactlyOneWay() {
        assertThat(cli.run("phone", "sign-in", "--purpose", "phone", "--pin", "1").exitCode()).isEqualTo(2);
        assertThat(cli.run("phone", "sign-in", "--purpose", "phone", "--site", "Oslo", "--pin", "1").exitCode())
                .isEqualTo(2);
        assertThat(cli.run("phone", "sign-in", "--purpose", "phone", "--extension", "0100", "--identity", "ken",
                "--pin", "1").exitCode()).isEqualTo(2);
        assertThat(server.requests).isEmpty();
    }

    @Test
    void aCallerTheDirectoryDoesNotKnowExits3() {
        Cli.Run signIn = cli.stdin("480213\n").run("phone", "sign-in", "--purpose", "phone", "--extension", "0999",
                "--pin", "-");

        assertThat(signIn.exitCode()).isEqualTo(3);
    }

    @Test
    void changePinReadsBothPinsFromStandardInputAndExits0WhenChanged() {
        Cli.Run change = cli.stdin("480213\n902417\n").run("phone", "change-pin", "--purpose", "phone",
                "--identity", "ken@litwareinc.com", "--pin", "-", "--new-pin", "-");

        assertThat(change.exitCode()).isZero();
        assertThat(change.out()).isEqualTo("outcome\nchanged\n");
        assertThat(JSON.std.mapFrom(server.changes().get(0).body())).containsEntry("pin", "480213")
                .containsEntry("newPin", "902417");
        assertThat(server.pins.state("phone", "ken@litwareinc.com").pin).isEqualTo("902417");
    }

    @Test
    void changePinPrintsEachViolationOnStandardErrorAndExits1() {
        Cli.Run change = cli.stdin("480213\n777777\n").run("phone", "change-pin", "--purpose", "phone",
                "--extension", "0100", "--site", "Redmond", "--pin", "-", "--new-pin", "-");

        assertThat(change.exitCode()).isEqualTo(1);
        assertThat(change.err()).isEqualTo("keypad: The new PIN breaks the policy\n"
                + "  all-one-digit: all digits are the same\n"
                + "  too-short: at least 5 digits\n");
    }

    @Test
    void changePinThatTheSignInStopsExits1() {
        Cli.Run change = cli.stdin("000000\n902417\n").run("phone", "change-pin", "--purpose", "phone",
                "--identity", "ken@litwareinc.com", "--pin", "-", "--new-pin", "-");

        assertThat(change.exitCode()).isEqualTo(1);
        assertThat(change.out()).isEqualTo("outcome\nrejected\n");
        assertThat(change.err()).isEqualTo("keypad: the PIN was not changed: the sign-in was rejected\n");
    }

    @Test
    void changePinWhatIfShowsTheRequestWithoutThePins() {
        Cli.Run change = cli.stdin("480213\n902417\n").run("phone", "change-pin", "--purpose", "phone",
                "--identity", "ken@litwareinc.com", "--pin", "-", "--new-pin", "-", "--what-if");

        assertThat(change.exitCode()).isZero();
        assertThat(change.out()).startsWith("What if: POST " + server.uri() + "/api/v1/phone/change-pin")
                .contains("\"pin\" : \"*****\"").contains("\"newPin\" : \"*****\"")
                .doesNotContain("480213").doesNotContain("902417");
        assertThat(server.requests).isEmpty();
    }
}
