package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.jr.ob.JSON;

/** user add, set and show. */
class UserCommandTests {

    @TempDir
    Path home;

    private FakeKeypadServer server;
    private Cli cli;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer()
                .withUser("sip:ken@litwareinc.com", "Ken Myer", "logonName", "LITWAREINC\\kenmyer", "email", "ken@l.com")
                .withUser("sip:pilar@litwareinc.com", "Pilar Ackerman")
                .withUser("sip:pia@litwareinc.com", "Pilar Ackerman");
        cli = Cli.against(server, home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void addPostsEveryGivenFieldUnderItsJsonName() {
        Cli.Run add = cli.run("user", "add", "--sip", "sip:anna@litwareinc.com", "--name", "Anna Lidman",
                "--upn", "anna@litwareinc.com", "--logon", "LITWAREINC\\anna", "--dn", "CN=Anna,DC=litwareinc,DC=com",
                "--email", "anna@litwareinc.com", "--extension", "0200", "--line-uri", "tel:+14255550200",
                "--site", "Redmond", "--attr", "title=Engineer", "--attr", "l=Redmond", "--attr", "Company=Litware");

        assertThat(add.exitCode()).isZero();
        assertThat(add.out()).contains("sip:anna@litwareinc.com");
        assertThat(JSON.std.mapFrom(server.changes().get(0).body())).isEqualTo(Map.ofEntries(
                Map.entry("sipAddress", "sip:anna@litwareinc.com"), Map.entry("displayName", "Anna Lidman"),
                Map.entry("userPrincipalName", "anna@litwareinc.com"), Map.entry("logonName", "LITWAREINC\\anna"),
                Map.entry("distinguishedName", "CN=Anna,DC=litwareinc,DC=com"), Map.entry("email", "anna@litwareinc.com"),
                Map.entry("lineUri", "tel:+14255550200"), Map.entry("extension", "0200"), Map.entry("site", "Redmond"),
                Map.entry("title", "Engineer"), Map.entry("city", "Redmond"), Map.entry("company", "Litware")));
    }

    @Test
    void addRejectsAnUnknownAttributeNamingItAndSendsNothing() {
        Cli.Run add = cli.run("user", "add", "--sip", "anna@litwareinc.com", "--name", "Anna", "--attr", "shoe=42");

        assertThat(add.exitCode()).isEqualTo(2);
        assertThat(add.err()).contains("unknown attribute 'shoe'");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void addWhatIfPrintsTheRequestAndSendsNothing() {
        Cli.Run add = cli.run("user", "add", "--sip", "anna@litwareinc.com", "--name", "Anna", "--what-if");

        assertThat(add.exitCode()).isZero();
        assertThat(add.out()).startsWith("What if: POST " + server.uri() + "/api/v1/users")
                .contains("\"sipAddress\" : \"anna@litwareinc.com\"");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void addReportsAConflictWithExitCode1() {
        Cli.Run add = cli.run("user", "add", "--sip", "ken@litwareinc.com", "--name", "Ken");

        assertThat(add.exitCode()).isEqualTo(1);
        assertThat(add.err()).isEqualTo("keypad: a user with SIP address ken@litwareinc.com exists\n");
    }

    @Test
    void setResolvesTheIdentityAndPatchesOnlyTheGivenFieldsWithEmptyClearing() {
        Cli.Run set = cli.run("user", "set", "LITWAREINC\\kenmyer", "--extension", "0101", "--email", "",
                "--attr", "department=Sales", "-o", "json");

        assertThat(set.exitCode()).isZero();
        FakeKeypadServer.Request patch = server.changes().get(0);
        assertThat(patch.method()).isEqualTo("PATCH");
        assertThat(patch.path()).isEqualTo("/api/v1/users/sip:ken@litwareinc.com");
        assertThat(JSON.std.mapFrom(patch.body()))
                .isEqualTo(Map.of("extension", "0101", "email", "", "department", "Sales"));
        assertThat(JSON.std.mapFrom(set.out())).containsEntry("email", null).containsEntry("extension", "0101");
    }

    @Test
    void setRefusesAWildcardThatMatchesSeveralUsersWithExitCode3() {
        Cli.Run set = cli.run("user", "set", "Pil*", "--site", "Oslo");

        assertThat(set.exitCode()).isEqualTo(3);
        assertThat(set.err()).contains("'Pil*' matches 2 users").contains("  sip:pia@litwareinc.com");
        assertThat(server.changes()).isEmpty();
    }

    @Test
    void setWithoutAnyFieldIsAUsageError() {
        assertThat(cli.run("user", "set", "ken@litwareinc.com").exitCode()).isEqualTo(2);
        assertThat(server.requests).isEmpty();
    }

    @Test
    void showListsTheMatchesOfAnAmbiguousIdentityWithExitCode3() {
        Cli.Run show = cli.run("user", "show", "Pilar Ackerman");

        assertThat(show.exitCode()).isEqualTo(3);
        assertThat(show.err()).isEqualTo("keypad: 'Pilar Ackerman' matches 2 users\n"
                + "  sip:pia@litwareinc.com\n  sip:pilar@litwareinc.com\n");
    }

    @Test
    void showReadsPlainIdentitiesAndJsonObjectsFromStandardInput() {
        Cli.Run show = cli.stdin("ken@litwareinc.com\n\n  {\"identity\": \"sip:pia@litwareinc.com\", \"isLockedOut\": true}\n")
                .run("user", "show", "-", "-o", "jsonl");

        assertThat(show.exitCode()).isZero();
        assertThat(show.out().lines().map(line -> JSON.std.mapFrom(line).get("sipAddress")))
                .containsExactly("sip:ken@litwareinc.com", "sip:pia@litwareinc.com");
    }

    @Test
    void showRejectsAJsonLineWithoutIdentity() {
        Cli.Run show = cli.stdin("{\"sipAddress\": \"sip:ken@litwareinc.com\"}\n").run("user", "show", "-");

        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.err()).contains("standard input line 1").contains("no \"identity\" field");
    }

    @Test
    void showGoesOnPastAMissingIdentityNamesItAndExits1() {
        Cli.Run show = cli.run("user", "show", "ken@litwareinc.com", "nobody@litwareinc.com", "Pil*", "-o", "jsonl");

        assertThat(show.exitCode()).isEqualTo(1);
        assertThat(show.out().lines()).hasSize(3);
        assertThat(show.err()).contains("keypad: no user matches 'nobody@litwareinc.com'")
                .contains("failed for 1 target: nobody@litwareinc.com");
    }

    @Test
    void showOfOneMissingIdentityExits3() {
        Cli.Run show = cli.run("user", "show", "nobody@litwareinc.com");

        assertThat(show.exitCode()).isEqualTo(3);
        assertThat(show.err()).isEqualTo("keypad: no user matches 'nobody@litwareinc.com'\n");
    }
}
