package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.jr.ob.JSON;

/** conferencing user show, enable, disable and set against the fake's conferencing users. */
class ConferencingUserCommandTests {

    @TempDir
    Path home;

    private FakeKeypadServer server;
    private Cli cli;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer()
                .withUser("sip:ken@litwareinc.com", "Ken Myer", "email", "kenmyer@litwareinc.com")
                .withUser("sip:pilar@litwareinc.com", "Pilar Ackerman", "email", "pilar@litwareinc.com")
                .withUser("sip:pia@litwareinc.com", "Pia Ackerman");
        cli = Cli.against(server, home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void showPrintsEachUsersConferencingAndNeverTheLeaderPin() {
        cli.run("conferencing", "user", "enable", "ken@litwareinc.com");

        Cli.Run show = cli.run("conferencing", "user", "show", "ken@litwareinc.com", "Pia Ackerman");

        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out().lines()).containsExactly(
                "identity                enabled  conferenceId  allowPstnOnlyMeetings  leaderPin  enabledAt",
                "sip:ken@litwareinc.com  true     4711230       false                  *****      2026-11-24T20:00:00Z",
                "sip:pia@litwareinc.com  false");
        assertThat(show.out()).doesNotContain("48213");
        assertThat(server.requestsTo("/api/v1/conferencing/users")).extracting(request -> request.query().get("identity"))
                .containsExactly("ken@litwareinc.com", "Pia Ackerman");
    }

    @Test
    void showPrintsEveryFormat() {
        cli.run("conferencing", "user", "enable", "ken@litwareinc.com");

        Cli.Run json = cli.run("conferencing", "user", "show", "ken@litwareinc.com", "pia@litwareinc.com", "-o", "json");
        Cli.Run jsonl = cli.run("conferencing", "user", "show", "P*", "-o", "jsonl");
        Cli.Run csv = cli.run("conferencing", "user", "show", "ken@litwareinc.com", "-o", "csv");

        List<Object> users = JSON.std.listFrom(json.out());
        assertThat(users).hasSize(2);
        assertThat(users.get(0)).isEqualTo(Map.of("identity", "sip:ken@litwareinc.com", "enabled", true,
                "conferenceId", "4711230", "allowPstnOnlyMeetings", false, "leaderPin", "*****",
                "enabledAt", "2026-11-24T20:00:00Z"));
        assertThat(JSON.std.mapFrom(jsonl.out().lines().findFirst().orElseThrow()))
                .containsEntry("enabled", false).containsEntry("conferenceId", null);
        assertThat(jsonl.out().lines()).hasSize(2);
        assertThat(csv.out().split("\r\n")).containsExactly(
                "identity,enabled,conferenceId,allowPstnOnlyMeetings,leaderPin,enabledAt",
                "sip:ken@litwareinc.com,true,4711230,false,*****,2026-11-24T20:00:00Z");
    }

    @Test
    void showOfALoneIdentityThatNamesNobodyExits3AndAmongOthersExits1() {
        Cli.Run lone = cli.run("conferencing", "user", "show", "nobody");
        Cli.Run among = cli.run("conferencing", "user", "show", "nobody", "ken@litwareinc.com");

        assertThat(lone.exitCode()).isEqualTo(3);
        assertThat(lone.err()).contains("no user matches 'nobody'");
        assertThat(among.exitCode()).isEqualTo(1);
        assertThat(among.out()).contains("sip:ken@litwareinc.com");
        assertThat(among.err()).contains("keypad: failed for 1 target: nobody");
    }

    @Test
    void showReadsIdentitiesFromStandardInput() {
        Cli.Run show = cli.stdin("{\"identity\":\"sip:ken@litwareinc.com\"}\n\npia@litwareinc.com\n")
                .run("conferencing", "user", "show", "-", "-o", "jsonl");

        assertThat(show.exitCode()).isZero();
        assertThat(show.out().lines().map(line -> JSON.std.mapFrom(line).get("identity")))
                .containsExactly("sip:ken@litwareinc.com", "sip:pia@litwareinc.com");
    }

    @Test
    void enablePrintsTheConferenceIdTheLeaderPinOnceAndTheMail() {
        Cli.Run enable = cli.run("conferencing", "user", "enable", "ken@litwareinc.com", "Pia Ackerman");

        assertThat(enable.exitCode()).as(enable.err()).isZero();
        assertThat(enable.out().lines()).containsExactly(
                "identity                outcome  conferenceId  leaderPin  mail                                   detail",
                "sip:ken@litwareinc.com  changed  4711230       48213      queued to kenmyer@litwareinc.com (#1)  enabled;"
                        + " conference ID 4711230",
                "sip:pia@litwareinc.com  changed  4711231       48214      no address                             enabled;"
                        + " conference ID 4711231");
        assertThat(enable.err()).isEqualTo("changed 2, unchanged 0, failed 0\n"
                + "1 user has no e-mail address; no mail was sent to them (use --email-to)\n");
        assertThat(JSON.std.mapFrom(server.changes().get(0).body())).isEqualTo(Map.of(
                "identities", List.of("ken@litwareinc.com", "Pia Ackerman"), "whatIf", false));
        assertThat(server.requests).extracting(FakeKeypadServer.Request::path)
                .containsExactly("/api/v1/conferencing/users/enable");
        assertThat(server.conferencing.state("ken@litwareinc.com").enabled).isTrue();
        assertThat(server.mails.get(1)).containsEntry("kind", "welcome");
    }

    @Test
    void enableJsonKeepsTheServersResultObjects() {
        Cli.Run json = cli.run("conferencing", "user", "enable", "ken@litwareinc.com", "-o", "json");
        Cli.Run again = cli.run("conferencing", "user", "enable", "ken@litwareinc.com", "pilar@litwareinc.com",
                "-o", "jsonl");

        assertThat(JSON.std.listFrom(json.out())).containsExactly(Map.of("identity", "sip:ken@litwareinc.com",
                "outcome", "changed", "conferenceId", "4711230", "leaderPin", "48213",
                "detail", "enabled; conference ID 4711230",
                "mail", Map.of("status", "queued", "id", 1, "to", "kenmyer@litwareinc.com")));
        assertThat(JSON.std.mapFrom(again.out().lines().findFirst().orElseThrow())).isEqualTo(Map.of(
                "identity", "sip:ken@litwareinc.com", "outcome", "failed", "problem", "conflict",
                "detail", "sip:ken@litwareinc.com is enabled for audio conferencing already"));
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("keypad: sip:ken@litwareinc.com: sip:ken@litwareinc.com is enabled for"
                + " audio conferencing already").contains("failed for 1 target: sip:ken@litwareinc.com")
                .endsWith("changed 1, unchanged 0, failed 1\n");
    }

    @Test
    void enableSendsTheMailOptionsLikePinSet() {
        Cli.Run to = cli.run("conferencing", "user", "enable", "P*", "--email-to", "helpdesk@litwareinc.com", "-o",
                "csv");
        Cli.Run none = cli.run("conferencing", "user", "enable", "ken@litwareinc.com", "--no-send-email");

        assertThat(JSON.std.mapFrom(server.changes().get(0).body())).containsEntry("sendEmail", true)
                .containsEntry("emailTo", "helpdesk@litwareinc.com");
        assertThat(to.out().split("\r\n")).containsExactly("identity,outcome,conferenceId,leaderPin,mail,detail",
                "sip:pia@litwareinc.com,changed,4711230,48213,queued to helpdesk@litwareinc.com (#1),"
                        + "enabled; conference ID 4711230",
                "sip:pilar@litwareinc.com,changed,4711231,48214,queued to helpdesk@litwareinc.com (#2),"
                        + "enabled; conference ID 4711231");
        assertThat(JSON.std.mapFrom(server.changes().get(1).body())).containsEntry("sendEmail", false)
                .doesNotContainKey("emailTo");
        assertThat(none.out()).contains("  not sent  ");
        assertThat(server.mails.get(3)).isNull();
    }

    @Test
    void emailToWithNoSendEmailIsAUsageErrorBeforeAnythingIsSent() {
        for (String verb : List.of("enable", "disable", "set")) {
            Cli.Run run = cli.run("conferencing", "user", verb, "ken@litwareinc.com", "--email-to", "a@b.c",
                    "--no-send-email");

            assertThat(run.exitCode()).as(verb).isEqualTo(2);
            assertThat(run.err()).contains("--email-to and --no-send-email contradict each other");
        }
        assertThat(server.requests).isEmpty();
    }

    @Test
    void whatIfSendsWhatIfAndChangesNothing() {
        Cli.Run enable = cli.run("conferencing", "user", "enable", "ken@litwareinc.com", "pia@litwareinc.com",
                "--what-if");

        assertThat(enable.exitCode()).isZero();
        assertThat(server.requests).hasSize(1);
        assertThat(JSON.std.mapFrom(server.requests.get(0).body())).containsEntry("whatIf", true);
        assertThat(enable.out().lines().skip(1)).allSatisfy(line -> assertThat(line).contains("  would-change  "));
        assertThat(enable.out()).contains("would queue to kenmyer@litwareinc.com").doesNotContain("48213");
        assertThat(enable.err()).isEqualTo("changed 0, unchanged 0, failed 0, would change 2\n"
                + "1 user has no e-mail address; no mail would be sent to them (use --email-to)\n");
        assertThat(server.conferencing.state("ken@litwareinc.com")).isNull();
        assertThat(server.mails.get(1)).isNull();
    }

    @Test
    void confirmAsksPerUserAndEnablesOnlyTheApprovedOnes() {
        Cli.Run enable = cli.terminal("n", "y", "n").run("conferencing", "user", "enable", "ken@litwareinc.com",
                "P*", "--confirm");

        assertThat(enable.exitCode()).as(enable.err()).isZero();
        assertThat(cli.questions).containsExactly(
                "Enable audio conferencing for sip:ken@litwareinc.com? [y]es/yes to [a]ll/[n]o/no to al[l]: ",
                "Enable audio conferencing for sip:pia@litwareinc.com? [y]es/yes to [a]ll/[n]o/no to al[l]: ",
                "Enable audio conferencing for sip:pilar@litwareinc.com? [y]es/yes to [a]ll/[n]o/no to al[l]: ");
        assertThat(JSON.std.mapFrom(server.changes().get(1).body()))
                .isEqualTo(Map.of("identities", List.of("sip:pia@litwareinc.com"), "whatIf", false));
        assertThat(server.conferencing.state("ken@litwareinc.com")).isNull();
        assertThat(server.conferencing.state("pia@litwareinc.com").enabled).isTrue();
        assertThat(enable.err()).isEqualTo("changed 1, unchanged 0, failed 0, declined 2\n"
                + "1 user has no e-mail address; no mail was sent to them (use --email-to)\n");
    }

    @Test
    void aLoneIdentityThatNamesNobodyExits3AndForceMakesFailuresWarnings() {
        Cli.Run lone = cli.run("conferencing", "user", "enable", "nobody");
        Cli.Run forced = cli.run("conferencing", "user", "enable", "nobody", "--force");

        assertThat(lone.exitCode()).isEqualTo(3);
        assertThat(forced.exitCode()).isEqualTo(1);
        assertThat(forced.err()).contains("keypad: warning: nobody: No user matches the identity 'nobody'");
    }

    @Test
    void enableReadsIdentitiesFromStandardInput() {
        String jsonLines = cli.run("user", "list", "-o", "jsonl").out();

        Cli.Run enable = cli.stdin(jsonLines).run("conferencing", "user", "enable", "-", "--no-send-email");

        assertThat(enable.exitCode()).as(enable.err()).isZero();
        assertThat(JSON.std.mapFrom(server.changes().get(0).body())).containsEntry("identities",
                List.of("sip:ken@litwareinc.com", "sip:pia@litwareinc.com", "sip:pilar@litwareinc.com"));
        assertThat(enable.err()).isEqualTo("changed 3, unchanged 0, failed 0\n");
    }

    @Test
    void disableTurnsConferencingOffAndLeavesUsersWhoAreNotEnabledUnchanged() {
        cli.run("conferencing", "user", "enable", "ken@litwareinc.com", "--no-send-email");

        Cli.Run disable = cli.run("conferencing", "user", "disable", "ken@litwareinc.com", "pia@litwareinc.com",
                "-o", "jsonl");

        assertThat(disable.exitCode()).as(disable.err()).isZero();
        assertThat(disable.out().lines().map(line -> JSON.std.mapFrom(line).get("outcome")))
                .containsExactly("changed", "unchanged");
        assertThat(server.requestsTo("/api/v1/conferencing/users/disable")).hasSize(1);
        assertThat(server.conferencing.state("ken@litwareinc.com").enabled).isFalse();
        assertThat(server.mails.get(1)).containsEntry("kind", "conferencing-disabled");
        assertThat(disable.err()).isEqualTo("changed 1, unchanged 1, failed 0\n");
    }

    @Test
    void setResetsTheLeaderPinAndShowsItThisOnce() {
        cli.run("conferencing", "user", "enable", "ken@litwareinc.com", "--no-send-email");

        Cli.Run set = cli.run("conferencing", "user", "set", "ken@litwareinc.com", "--reset-leader-pin", "-o", "json");
        Cli.Run show = cli.run("conferencing", "user", "show", "ken@litwareinc.com", "-o", "jsonl");

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(JSON.std.mapFrom(server.changes().get(1).body())).isEqualTo(Map.of(
                "identities", List.of("ken@litwareinc.com"), "resetLeaderPin", true, "whatIf", false));
        assertThat(JSON.std.listFrom(set.out())).singleElement().asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("leaderPin", "48214").containsEntry("conferenceId", "4711230");
        assertThat(show.out()).contains("\"leaderPin\":\"*****\"").doesNotContain("48214");
    }

    @Test
    void setSendsEachGivenOption() {
        cli.run("conferencing", "user", "enable", "ken@litwareinc.com", "--no-send-email");

        Cli.Run set = cli.run("conferencing", "user", "set", "ken@litwareinc.com", "--reset-conference-id",
                "--allow-pstn-only", "true", "--email-to", "ken@example.com");

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(JSON.std.mapFrom(server.changes().get(1).body())).isEqualTo(Map.of(
                "identities", List.of("ken@litwareinc.com"), "resetConferenceId", true, "allowPstnOnlyMeetings", true,
                "sendEmail", true, "emailTo", "ken@example.com", "whatIf", false));
        assertThat(set.out()).contains("  4711231  ").contains("queued to ken@example.com (#1)");
        assertThat(server.conferencing.state("ken@litwareinc.com").allowPstnOnlyMeetings).isTrue();
        assertThat(server.mails.get(1)).containsEntry("kind", "conference-id-changed");
    }

    @Test
    void setWithSendEmailAloneMailsTheConferenceInformation() {
        cli.run("conferencing", "user", "enable", "ken@litwareinc.com", "--no-send-email");

        Cli.Run set = cli.run("conferencing", "user", "set", "ken@litwareinc.com", "--send-email");

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(JSON.std.mapFrom(server.changes().get(1).body())).isEqualTo(Map.of(
                "identities", List.of("ken@litwareinc.com"), "sendEmail", true, "whatIf", false));
        assertThat(set.out()).contains("queued to kenmyer@litwareinc.com (#1)");
    }

    @Test
    void setWithoutAnythingToChangeIsAUsageErrorBeforeAnythingIsSent() {
        Cli.Run nothing = cli.run("conferencing", "user", "set", "ken@litwareinc.com");
        Cli.Run noMail = cli.run("conferencing", "user", "set", "ken@litwareinc.com", "--no-send-email");
        Cli.Run notABoolean = cli.run("conferencing", "user", "set", "ken@litwareinc.com", "--allow-pstn-only", "maybe");

        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("nothing to change: give --reset-leader-pin, --reset-conference-id,"
                + " --allow-pstn-only or --send-email");
        assertThat(noMail.exitCode()).isEqualTo(2);
        assertThat(notABoolean.exitCode()).isEqualTo(2);
        assertThat(notABoolean.err()).contains("'maybe'");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void setOfAUserWhoIsNotEnabledFails() {
        Cli.Run set = cli.run("conferencing", "user", "set", "pia@litwareinc.com", "--reset-leader-pin");

        assertThat(set.exitCode()).isEqualTo(1);
        assertThat(set.err()).contains("keypad: sip:pia@litwareinc.com: sip:pia@litwareinc.com is not enabled for"
                + " audio conferencing").endsWith("changed 0, unchanged 0, failed 1\n");
    }

    @Test
    void setWhatIfChangesNothing() {
        cli.run("conferencing", "user", "enable", "ken@litwareinc.com", "--no-send-email");

        Cli.Run set = cli.run("conferencing", "user", "set", "ken@litwareinc.com", "--reset-leader-pin",
                "--reset-conference-id", "--what-if");

        assertThat(set.exitCode()).isZero();
        assertThat(JSON.std.mapFrom(server.changes().get(1).body())).containsEntry("whatIf", true);
        assertThat(set.out()).contains("would-change").doesNotContain("48214");
        assertThat(server.conferencing.state("ken@litwareinc.com").conferenceId).isEqualTo("4711230");
        assertThat(server.conferencing.state("ken@litwareinc.com").leaderPin).isEqualTo("48213");
    }

    @Test
    void anAuditorMayShowButNotChange() {
        Cli auditor = Cli.against(server, home).env("KEYPAD_TOKEN", FakeKeypadServer.AUDITOR_TOKEN);

        assertThat(auditor.run("conferencing", "user", "show", "ken@litwareinc.com").exitCode()).isZero();
        assertThat(auditor.run("conferencing", "user", "enable", "ken@litwareinc.com").exitCode()).isEqualTo(4);
    }

    @Test
    void userWithoutAVerbAndVerbsWithoutIdentitiesAreUsageErrors() {
        assertThat(cli.run("conferencing", "user").exitCode()).isEqualTo(2);
        assertThat(cli.run("conferencing", "user", "show").exitCode()).isEqualTo(2);
        assertThat(cli.run("conferencing", "user", "enable").exitCode()).isEqualTo(2);
        assertThat(server.requests).isEmpty();
    }
}
