package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.jr.ob.JSON;

class PolicyCommandTests {

    @TempDir
    Path home;

    private FakeKeypadServer server;
    private Cli cli;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer()
                .withUser("sip:ken@litwareinc.com", "Ken Myer")
                .withUser("sip:pia@litwareinc.com", "Pia Ackerman");
        cli = Cli.against(server, home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void listPrintsThePoliciesOfAPurposeWithEveryField() {
        Cli.Run list = cli.run("policy", "list", "--purpose", "voicemail", "-o", "json");

        assertThat(list.exitCode()).isZero();
        assertThat(server.requests.get(0).query()).containsEntry("purpose", "voicemail");
        List<Object> policies = JSON.std.listFrom(list.out());
        assertThat(policies).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> global = (Map<String, Object>) policies.get(0);
        assertThat(global).containsEntry("scope", "global").containsEntry("maxLogonAttempts", 15)
                .containsEntry("maximumLogonAttempts", null);
    }

    @Test
    void showOfAPolicyThatDoesNotExistExits3() {
        Cli.Run show = cli.run("policy", "show", "--purpose", "phone", "site:Oslo");

        assertThat(show.exitCode()).isEqualTo(3);
        assertThat(show.err()).isEqualTo("keypad: no phone policy site:Oslo\n");
    }

    @Test
    void newChecksThePolicyIsNotThereThenPutsOnlyTheGivenFields() {
        Cli.Run created = cli.run("policy", "new", "--purpose", "phone", "site:New York", "--min-length", "6",
                "--maximum-logon-attempts", "auto", "--allow-common-patterns", "true", "-o", "json");

        assertThat(created.exitCode()).isZero();
        assertThat(server.requests).extracting(FakeKeypadServer.Request::method).containsExactly("GET", "PUT");
        FakeKeypadServer.Request put = server.changes().get(0);
        assertThat(put.path()).isEqualTo("/api/v1/policies/phone/site:New%20York");
        Map<String, Object> expected = new HashMap<>(Map.of("minLength", 6, "allowCommonPatterns", true));
        expected.put("maximumLogonAttempts", null);
        assertThat(JSON.std.mapFrom(put.body())).isEqualTo(expected);
        assertThat(JSON.std.mapFrom(created.out())).containsEntry("scope", "site:New York").containsEntry("minLength", 6);
    }

    @Test
    void newRefusesAPolicyThatExistsWithExit1() {
        Cli.Run created = cli.run("policy", "new", "--purpose", "phone", "global", "--min-length", "6");

        assertThat(created.exitCode()).isEqualTo(1);
        assertThat(created.err()).isEqualTo("keypad: policy global of purpose phone exists;"
                + " use 'keypad policy set' to change it\n");
        assertThat(server.changes()).isEmpty();
    }

    @Test
    void setChangesAnExistingPolicyAndRefusesAMissingOne() {
        cli.run("policy", "new", "--purpose", "voicemail", "tag:executives");

        Cli.Run set = cli.run("policy", "set", "--purpose", "voicemail", "tag:executives", "--max-logon-attempts", "10",
                "--reset-pin-text", "Call 555-0100.");
        Cli.Run missing = cli.run("policy", "set", "--purpose", "voicemail", "tag:interns", "--min-length", "8");

        assertThat(set.exitCode()).isZero();
        assertThat(server.policies.get("voicemail", "tag:executives")).containsEntry("maxLogonAttempts", 10)
                .containsEntry("resetPinText", "Call 555-0100.").containsEntry("historyCount", 5);
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("there is no policy tag:interns of purpose voicemail; use 'keypad policy new'");
        assertThat(server.policies.get("voicemail", "tag:interns")).isNull();
    }

    @Test
    void setOfTheGlobalPolicyNeedsNoCheck() {
        Cli.Run set = cli.run("policy", "set", "--purpose", "phone", "global", "--maximum-logon-attempts", "12");

        assertThat(set.exitCode()).isZero();
        assertThat(server.requests).extracting(FakeKeypadServer.Request::method).containsExactly("PUT");
        assertThat(server.policies.get("phone", "global")).containsEntry("maximumLogonAttempts", 12);
    }

    @Test
    void localMistakesAreUsageErrorsBeforeAnythingIsSent() {
        assertThat(cli.run("policy", "show", "--purpose", "phone", "sites:Oslo").err())
                .contains("scope 'sites:Oslo' is not global, site:NAME or tag:NAME");
        assertThat(cli.run("policy", "remove", "--purpose", "phone", "tag:").exitCode()).isEqualTo(2);
        assertThat(cli.run("policy", "set", "--purpose", "phone", "global").exitCode()).isEqualTo(2);
        assertThat(cli.run("policy", "set", "--purpose", "phone", "global", "--maximum-logon-attempts", "many")
                .exitCode()).isEqualTo(2);
        assertThat(cli.run("policy", "set", "--purpose", "phone", "global", "--allow-common-patterns", "maybe")
                .exitCode()).isEqualTo(2);
        assertThat(server.requests).isEmpty();
    }

    @Test
    void aValueTheServerRefusesExits1NamingTheField() {
        Cli.Run set = cli.run("policy", "set", "--purpose", "phone", "global", "--min-length", "3");

        assertThat(set.exitCode()).isEqualTo(1);
        assertThat(set.err()).isEqualTo("keypad: minLength must be between 4 and 24\n");
    }

    @Test
    void removeDeletesASitePolicyAndResetsTheGlobalOne() {
        cli.run("policy", "new", "--purpose", "phone", "site:Lab");
        cli.run("policy", "set", "--purpose", "phone", "global", "--min-length", "8");

        Cli.Run whatIf = cli.run("policy", "remove", "--purpose", "phone", "site:Lab", "--what-if");
        Cli.Run site = cli.run("policy", "remove", "--purpose", "phone", "site:Lab");
        Cli.Run global = cli.run("policy", "remove", "--purpose", "phone", "global", "--force");

        assertThat(whatIf.out()).isEqualTo("What if: DELETE " + server.uri() + "/api/v1/policies/phone/site:Lab\n");
        assertThat(site.err()).isEqualTo("Removed the phone policy site:Lab.\n");
        assertThat(global.err()).isEqualTo("Reset the global phone policy to its defaults.\n");
        assertThat(server.policies.get("phone", "site:Lab")).isNull();
        assertThat(server.policies.get("phone", "global")).containsEntry("minLength", 5);
    }

    @Test
    void grantSendsTheIdentitiesAndTheTagNameAndNoneTakesItAway() {
        cli.run("policy", "new", "--purpose", "phone", "tag:executives");

        Cli.Run grant = cli.run("policy", "grant", "--purpose", "phone", "ken@litwareinc.com", "Pia*",
                "--policy", "tag:executives", "-o", "jsonl");
        Cli.Run none = cli.run("policy", "grant", "--purpose", "phone", "ken@litwareinc.com", "--none");

        assertThat(grant.exitCode()).isZero();
        assertThat(JSON.std.mapFrom(server.changes().get(1).body())).isEqualTo(Map.of("identities",
                List.of("ken@litwareinc.com", "Pia*"), "policy", "executives"));
        assertThat(grant.out().lines()).hasSize(2);
        assertThat(grant.err()).isEqualTo("changed 2, unchanged 0, failed 0\n");
        assertThat(server.changes().get(2).body()).isEqualTo("{\"identities\":[\"ken@litwareinc.com\"],\"policy\":null}");
        assertThat(none.exitCode()).isZero();
        assertThat(server.policies.grant("phone", "sip:ken@litwareinc.com")).isNull();
        assertThat(server.policies.grant("phone", "sip:pia@litwareinc.com")).isEqualTo("executives");
    }

    @Test
    void grantReadsStandardInputInChunksAndWhatIfSendsNothing() {
        cli.run("policy", "new", "--purpose", "voicemail", "tag:managers");
        String identities = IntStream.range(0, 1001).mapToObj(i -> i % 2 == 0 ? "ken@litwareinc.com" : "pia@litwareinc.com")
                .collect(Collectors.joining("\n"));

        Cli.Run whatIf = Cli.against(server, home).stdin(identities)
                .run("policy", "grant", "--purpose", "voicemail", "-", "--policy", "managers", "--what-if");
        Cli.Run grant = Cli.against(server, home).stdin(identities)
                .run("policy", "grant", "--purpose", "voicemail", "-", "--policy", "managers", "-o", "jsonl");

        assertThat(whatIf.out()).contains("What if: POST " + server.uri() + "/api/v1/policies/voicemail/grants");
        assertThat(grant.exitCode()).isZero();
        assertThat(server.changes()).hasSize(4);
        assertThat(grant.out().lines()).hasSize(1001);
    }

    @Test
    void grantOfANameThatIsNoTagPolicyIsAUsageError() {
        assertThat(cli.run("policy", "grant", "--purpose", "phone", "ken@litwareinc.com", "--policy", "site:Oslo")
                .exitCode()).isEqualTo(2);
        assertThat(cli.run("policy", "grant", "--purpose", "phone", "ken@litwareinc.com").exitCode()).isEqualTo(2);
        assertThat(server.requests).isEmpty();
    }
}
