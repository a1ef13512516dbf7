package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.jr.ob.JSON;

class ConferencingSettingsCommandTests {

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
    void showPrintsTheTenantSettings() {
        Cli.Run table = cli.run("conferencing", "settings", "show");
        Cli.Run json = cli.run("conferencing", "settings", "show", "-o", "json");

        assertThat(table.exitCode()).isZero();
        assertThat(table.out().lines()).containsExactly("automaticallySendEmailsToUsers", "true");
        assertThat(JSON.std.mapFrom(json.out())).isEqualTo(Map.of("automaticallySendEmailsToUsers", true));
        assertThat(server.requests).extracting(FakeKeypadServer.Request::path)
                .containsOnly("/api/v1/tenant-settings");
    }

    @Test
    void showPrintsSettingsThisClientDoesNotKnowYetToo() {
        server.tenantSettings.put("pinLength", 6);

        Cli.Run csv = cli.run("conferencing", "settings", "show", "-o", "csv");

        assertThat(csv.out().split("\r\n")).containsExactlyInAnyOrder("automaticallySendEmailsToUsers,pinLength",
                "true,6");
    }

    @Test
    void setPatchesOnlyTheGivenSettingAndPrintsTheSettings() {
        Cli.Run set = cli.run("conferencing", "settings", "set", "--auto-email", "false", "-o", "json");

        assertThat(set.exitCode()).isZero();
        assertThat(server.requests).extracting(FakeKeypadServer.Request::method).containsExactly("PATCH");
        assertThat(JSON.std.mapFrom(server.changes().get(0).body()))
                .isEqualTo(Map.of("automaticallySendEmailsToUsers", false));
        assertThat(JSON.std.mapFrom(set.out())).containsEntry("automaticallySendEmailsToUsers", false);
        assertThat(server.tenantSettings).containsEntry("automaticallySendEmailsToUsers", false);
    }

    @Test
    void setSendsTheConferencingDefaultsAndTheServerJudgesThePinLength() {
        server.tenantSettings.putAll(Map.of("pinLength", 5, "allowPstnOnlyMeetingsByDefault", false));

        Cli.Run set = cli.run("conferencing", "settings", "set", "--pin-length", "7", "--allow-pstn-only-by-default", "true",
                "-o", "json");
        Cli.Run tooLong = cli.run("conferencing", "settings", "set", "--pin-length", "13");

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(JSON.std.mapFrom(server.changes().get(0).body()))
                .isEqualTo(Map.of("pinLength", 7, "allowPstnOnlyMeetingsByDefault", true));
        assertThat(JSON.std.mapFrom(set.out())).containsEntry("pinLength", 7).containsEntry("allowPstnOnlyMeetingsByDefault", true);
        assertThat(tooLong.exitCode()).isEqualTo(1);
        assertThat(tooLong.err()).contains("pinLength");
    }

    @Test
    void setWhatIfShowsTheChangeAndSendsNoPatch() {
        Cli.Run whatIf = cli.run("conferencing", "settings", "set", "--auto-email", "false", "--what-if");

        assertThat(whatIf.exitCode()).isZero();
        assertThat(whatIf.out()).startsWith("What if: PATCH " + server.uri() + "/api/v1/tenant-settings\n")
                .contains("\"automaticallySendEmailsToUsers\" : false")
                .endsWith("automaticallySendEmailsToUsers true -> false\n");
        assertThat(server.changes()).isEmpty();
        assertThat(server.tenantSettings).containsEntry("automaticallySendEmailsToUsers", true);
    }

    @Test
    void setConfirmAsksAboutTheChange() {
        Cli.Run set = cli.terminal("n").run("conferencing", "settings", "set", "--auto-email", "true", "--confirm");

        assertThat(set.exitCode()).isZero();
        assertThat(cli.questions).containsExactly(
                "Change the tenant settings (automaticallySendEmailsToUsers stays true)? [y]es/yes to [a]ll/[n]o/no to al[l]: ");
        assertThat(server.changes()).isEmpty();
    }

    @Test
    void setWithoutASettingIsAUsageErrorBeforeAnythingIsSent() {
        Cli.Run set = cli.run("conferencing", "settings", "set");

        assertThat(set.exitCode()).isEqualTo(2);
        assertThat(set.err()).contains("nothing to change: give at least one setting option, such as --auto-email");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void anAutoEmailThatIsNeitherTrueNorFalseIsAUsageError() {
        Cli.Run set = cli.run("conferencing", "settings", "set", "--auto-email", "sometimes");

        assertThat(set.exitCode()).isEqualTo(2);
        assertThat(set.err()).contains("'sometimes'");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void anAuditorMayReadButNotChangeTheSettings() {
        Cli auditor = Cli.against(server, home).env("KEYPAD_TOKEN", FakeKeypadServer.AUDITOR_TOKEN);

        assertThat(auditor.run("conferencing", "settings", "show").exitCode()).isZero();
        assertThat(auditor.run("conferencing", "settings", "set", "--auto-email", "false").exitCode()).isEqualTo(4);
    }

    @Test
    void conferencingAndSettingsWithoutAVerbAreUsageErrors() {
        assertThat(cli.run("conferencing").exitCode()).isEqualTo(2);
        assertThat(cli.run("conferencing", "settings").exitCode()).isEqualTo(2);
    }
}
