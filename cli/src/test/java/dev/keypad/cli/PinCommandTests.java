package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.jr.ob.JSON;

/** pin info and pin set; the bulk behaviour of set, lock and unlock is in {@link PinBulkCommandTests}. */
class PinCommandTests {

    @TempDir
    Path home;

    private FakeKeypadServer server;
    private Cli cli;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer()
                .withUser("sip:ken@litwareinc.com", "Ken Myer", "site", "Redmond", "email", "kenmyer@litwareinc.com")
                .withUser("sip:pilar@litwareinc.com", "Pilar Ackerman", "site", "Oslo")
                .withUser("sip:pia@litwareinc.com", "Pia Ackerman", "site", "Redmond");
        cli = Cli.against(server, home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void infoAsksPerIdentityAndPrintsTheFieldsOfPinInfo() {
        Cli.Run info = cli.run("pin", "info", "ken@litwareinc.com", "P*", "--purpose", "phone", "-o", "json");

        assertThat(info.exitCode()).isZero();
        assertThat(server.requestsTo("/api/v1/pins")).extracting(request -> request.query().get("identity"))
                .containsExactly("ken@litwareinc.com", "P*");
        List<Object> pins = JSON.std.listFrom(info.out());
        assertThat(pins).hasSize(3);
        assertThat(map(pins.get(0))).containsKeys("identity", "purpose", "isPinSet", "isLockedOut", "lockoutReason",
                "lockedOutUntil", "lastPinChangeTime", "pinExpirationTime", "isExpired", "mustChange", "firstTimeUser",
                "failedAttempts", "lastFailureTime", "lastSuccessTime").containsEntry("lockoutReason", null);
    }

    @Test
    void infoWithoutIdentitiesFollowsTheSelectionPageByPage() {
        for (int i = 0; i < 1100; i++) {
            server.withUser(String.format("sip:u%04d@litwareinc.com", i), "User " + i, "site", "Lab");
        }

        Cli.Run info = cli.run("pin", "info", "--purpose", "voicemail", "--site", "Lab", "-o", "jsonl");

        assertThat(info.out().lines()).hasSize(1100);
        assertThat(server.requestsTo("/api/v1/pins")).hasSize(2).allSatisfy(request -> assertThat(request.query())
                .containsEntry("purpose", "voicemail").containsEntry("site", "Lab").containsEntry("limit", "1000"));
        assertThat(server.requestsTo("/api/v1/pins").get(1).query()).containsEntry("after", "sip:u0999@litwareinc.com");
    }

    @Test
    void infoTableShowsTheMainFieldsWithFailureCountersCompact() {
        server.pins.state("phone", "ken@litwareinc.com").failures = 2;

        Cli.Run info = cli.run("pin", "info", "ken@litwareinc.com", "--purpose", "phone");

        assertThat(info.out().lines().toList()).containsExactly(
                "identity                purpose  isPinSet  isLockedOut  lockoutReason  mustChange  isExpired  "
                        + "failedAttempts                  lastPinChangeTime",
                "sip:ken@litwareinc.com  phone    false     false                       false       false      "
                        + "local=2 global=2 consecutive=0");
    }

    @Test
    void infoSendsTheSelectionOptionsAsQueryParameters() {
        cli.run("pin", "info", "--purpose", "phone", "--ou", "OU=Finance,DC=litwareinc,DC=com",
                "--ldap-filter", "(title=Manager)", "--where", "locked", "--result-size", "5");

        assertThat(server.requestsTo("/api/v1/pins").get(0).query()).containsEntry("ou", "OU=Finance,DC=litwareinc,DC=com")
                .containsEntry("ldapFilter", "(title=Manager)").containsEntry("where", "locked")
                .containsEntry("resultSize", "5").doesNotContainKey("identity");
    }

    @Test
    void anUnknownWhereIsAUsageErrorBeforeAnythingIsSent() {
        Cli.Run info = cli.run("pin", "info", "--purpose", "phone", "--where", "lockedout");

        assertThat(info.exitCode()).isEqualTo(2);
        assertThat(info.err()).contains("'lockedout' is not one of locked, expired, set, unset");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void identitiesAndSelectionOptionsTogetherAreAUsageError() {
        assertThat(cli.run("pin", "info", "ken@litwareinc.com", "--purpose", "phone", "--site", "Oslo").exitCode())
                .isEqualTo(2);
        assertThat(cli.run("pin", "unlock", "ken@litwareinc.com", "--purpose", "phone", "--where", "locked").exitCode())
                .isEqualTo(2);
        assertThat(server.requests).isEmpty();
    }

    @Test
    void anUnknownPurposeIsTheServersRefusalAndExits1Once() {
        Cli.Run info = cli.run("pin", "info", "ken@litwareinc.com", "pia@litwareinc.com", "--purpose", "fax");

        assertThat(info.exitCode()).isEqualTo(1);
        assertThat(info.err()).isEqualTo("keypad: purpose 'fax' is not one of phone, voicemail, conference\n");
        assertThat(cli.run("pin", "unlock", "ken@litwareinc.com", "--purpose", "fax").exitCode()).isEqualTo(1);
    }

    @Test
    void setPrintsTheGeneratedPinOnceInJson() {
        Cli.Run set = cli.run("pin", "set", "ken@litwareinc.com", "--purpose", "phone", "-o", "json");

        assertThat(set.exitCode()).isZero();
        String pin = server.pins.state("phone", "ken@litwareinc.com").pin;
        List<Object> results = JSON.std.listFrom(set.out());
        assertThat(map(results.get(0))).containsExactly(Map.entry("identity", "sip:ken@litwareinc.com"),
                Map.entry("purpose", "phone"), Map.entry("pin", pin), Map.entry("outcome", "changed"),
                Map.entry("detail", "generated PIN; must change at next sign-in"),
                Map.entry("mail", Map.of("status", "queued", "id", 1, "to", "kenmyer@litwareinc.com")));
        assertThat(set.out().split(pin, -1)).hasSize(2);
        assertThat(set.err()).doesNotContain(pin).endsWith("changed 1, unchanged 0, failed 0\n");
    }

    @Test
    void setPrintsEachGeneratedPinOnceInJsonLines() {
        Cli.Run set = cli.run("pin", "set", "P*", "--purpose", "conference", "-o", "jsonl");

        List<Map<String, Object>> results = set.out().lines().map(JSON.std::mapFrom).toList();
        assertThat(results).extracting(result -> result.get("pin")).containsExactly(
                server.pins.state("conference", "pia@litwareinc.com").pin,
                server.pins.state("conference", "pilar@litwareinc.com").pin);
        results.forEach(result -> assertThat(set.out().split((String) result.get("pin"), -1)).hasSize(2));
    }

    @Test
    void setWithAPinOnTheCommandLineWarnsAndNeverPrintsIt() {
        Cli.Run set = cli.run("pin", "set", "ken@litwareinc.com", "--purpose", "voicemail", "--pin", "480213", "-o", "json");

        assertThat(set.exitCode()).isZero();
        assertThat(set.err()).contains("warning: a PIN typed on the command line can stay in the shell history")
                .contains("--pin -").doesNotContain("480213");
        assertThat(set.out()).doesNotContain("480213").doesNotContain("\"pin\"");
        assertThat(JSON.std.mapFrom(server.changes().get(0).body())).containsEntry("pin", "480213");
    }

    @Test
    void setReadsThePinFromStandardInputWithoutAWarning() {
        Cli.Run set = cli.stdin("480213\n").run("pin", "set", "ken@litwareinc.com", "--purpose", "voicemail", "--pin", "-");

        assertThat(set.exitCode()).isZero();
        assertThat(set.err()).doesNotContain("warning");
        assertThat(server.pins.state("voicemail", "ken@litwareinc.com").pin).isEqualTo("480213");
    }

    @Test
    void thePinAndTheIdentitiesCannotBothComeFromStandardInput() {
        Cli.Run set = cli.stdin("480213\nken@litwareinc.com\n").run("pin", "set", "-", "--purpose", "phone", "--pin", "-");

        assertThat(set.exitCode()).isEqualTo(2);
        assertThat(set.err()).contains("both read standard input");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void setSendsOnlyTheOptionsGiven() {
        cli.run("pin", "set", "ken@litwareinc.com", "--purpose", "phone", "--no-must-change", "--email-to",
                "ken@example.com", "--unlock");
        cli.run("pin", "set", "ken@litwareinc.com", "--purpose", "phone", "--must-change", "--no-send-email");

        assertThat(JSON.std.mapFrom(server.changes().get(0).body())).isEqualTo(Map.of("purpose", "phone",
                "identities", List.of("ken@litwareinc.com"), "mustChange", false, "sendEmail", true,
                "emailTo", "ken@example.com", "unlock", true, "whatIf", false));
        assertThat(JSON.std.mapFrom(server.changes().get(1).body())).isEqualTo(Map.of("purpose", "phone",
                "identities", List.of("ken@litwareinc.com"), "mustChange", true, "sendEmail", false, "whatIf", false));
    }

    @Test
    void aPinThatBreaksThePolicyPrintsEachViolationAndExits1() {
        Cli.Run set = cli.run("pin", "set", "ken@litwareinc.com", "--purpose", "phone", "--pin", "11111");

        assertThat(set.exitCode()).isEqualTo(1);
        assertThat(set.err()).contains("keypad: sip:ken@litwareinc.com: The PIN breaks the policy\n"
                + "  all-one-digit: all digits are the same\n").endsWith("changed 0, unchanged 0, failed 1\n");
        assertThat(set.out() + set.err()).doesNotContain("11111");
    }

    @Test
    void thePinIsMaskedWhereverItIsPrintedAsAnObject() {
        assertThat(new Pin.Converter().convert("480213")).hasToString("*****");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object object) {
        return (Map<String, Object>) object;
    }
}
