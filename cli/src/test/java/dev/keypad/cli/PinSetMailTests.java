package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.jr.ob.JSON;

/** What pin set says about the mail of each result: the mail column, and the users who got none. */
class PinSetMailTests {

    @TempDir
    Path home;

    private FakeKeypadServer server;
    private Cli cli;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer()
                .withUser("sip:ken@litwareinc.com", "Ken Myer", "email", "kenmyer@litwareinc.com")
                .withUser("sip:pilar@litwareinc.com", "Pilar Ackerman")
                .withUser("sip:pia@litwareinc.com", "Pia Ackerman");
        cli = Cli.against(server, home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void tableSaysWhereEachMailWasQueuedAndCountsTheUsersWithoutAnAddress() {
        Cli.Run set = cli.stdin("480213\n").run("pin", "set", "ken@litwareinc.com", "P*", "--purpose", "voicemail",
                "--pin", "-");

        assertThat(set.exitCode()).isZero();
        assertThat(set.out().lines()).containsExactly(
                "identity                  purpose    outcome  pin  mail                                   detail",
                "sip:ken@litwareinc.com    voicemail  changed       queued to kenmyer@litwareinc.com (#1)  set",
                "sip:pia@litwareinc.com    voicemail  changed       no address                             set",
                "sip:pilar@litwareinc.com  voicemail  changed       no address                             set");
        assertThat(set.err()).endsWith("changed 3, unchanged 0, failed 0\n"
                + "2 users have no e-mail address; no mail was sent to them (use --email-to)\n");
        assertThat(server.mails.get(1)).containsEntry("to", "kenmyer@litwareinc.com");
    }

    @Test
    void csvHasTheSameMailColumn() {
        Cli.Run set = cli.run("pin", "set", "ken@litwareinc.com", "Pia Ackerman", "--purpose", "phone", "-o", "csv");

        String kenPin = server.pins.state("phone", "ken@litwareinc.com").pin;
        String piaPin = server.pins.state("phone", "pia@litwareinc.com").pin;
        assertThat(set.out().split("\r\n", -1)).containsExactly(
                "identity,purpose,outcome,pin,mail,detail",
                "sip:ken@litwareinc.com,phone,changed," + kenPin + ",queued to kenmyer@litwareinc.com (#1),"
                        + "generated PIN; must change at next sign-in",
                "sip:pia@litwareinc.com,phone,changed," + piaPin + ",no address,generated PIN; must change at next sign-in",
                "");
        assertThat(set.err()).endsWith("1 user has no e-mail address; no mail was sent to them (use --email-to)\n");
    }

    @Test
    void jsonLinesKeepTheServersMailObject() {
        Cli.Run set = cli.run("pin", "set", "ken@litwareinc.com", "pia@litwareinc.com", "--purpose", "phone",
                "-o", "jsonl");

        assertThat(set.out().lines().map(line -> JSON.std.mapFrom(line).get("mail"))).containsExactly(
                Map.of("status", "queued", "id", 1, "to", "kenmyer@litwareinc.com"),
                Map.of("status", "no-address"));
    }

    @Test
    void anOverrideAddressReachesEveryUser() {
        Cli.Run set = cli.run("pin", "set", "P*", "--purpose", "phone", "--email-to", "helpdesk@litwareinc.com");

        assertThat(set.out()).contains("queued to helpdesk@litwareinc.com (#1)")
                .contains("queued to helpdesk@litwareinc.com (#2)").doesNotContain("no address");
        assertThat(set.err()).endsWith("changed 2, unchanged 0, failed 0\n");
    }

    @Test
    void noSendEmailReadsNotSentAndIsNoReasonForANote() {
        Cli.Run set = cli.run("pin", "set", "ken@litwareinc.com", "pia@litwareinc.com", "--purpose", "phone",
                "--no-send-email");

        assertThat(set.out().lines().skip(1)).allSatisfy(line -> assertThat(line).contains("  not sent  "));
        assertThat(set.err()).endsWith("changed 2, unchanged 0, failed 0\n");
        assertThat(server.mails.get(1)).isNull();
    }

    @Test
    void withAutomaticMailOffTheServerSendsNoneUnlessAsked() {
        cli.run("conferencing", "settings", "set", "--auto-email", "false");

        Cli.Run set = cli.run("pin", "set", "ken@litwareinc.com", "--purpose", "phone");
        Cli.Run asked = cli.run("pin", "set", "ken@litwareinc.com", "--purpose", "phone", "--send-email");

        assertThat(set.out()).contains("  not sent  ");
        assertThat(asked.out()).contains("  queued to kenmyer@litwareinc.com (#1)  ");
    }

    @Test
    void whatIfSaysWhereTheMailWouldGoAndWhoWouldGetNone() {
        Cli.Run set = cli.run("pin", "set", "ken@litwareinc.com", "pia@litwareinc.com", "--purpose", "phone",
                "--what-if");

        assertThat(set.exitCode()).isZero();
        assertThat(set.out()).contains("  would queue to kenmyer@litwareinc.com  ").contains("  no address  ");
        assertThat(set.err()).endsWith("changed 0, unchanged 0, failed 0, would change 2\n"
                + "1 user has no e-mail address; no mail would be sent to them (use --email-to)\n");
        assertThat(server.mails.get(1)).isNull();
    }
}
