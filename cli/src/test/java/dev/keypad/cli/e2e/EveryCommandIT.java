package dev.keypad.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import dev.keypad.cli.Environment;
import dev.keypad.cli.KeypadCommand;
import picocli.CommandLine;
import tools.jackson.jr.ob.JSON;

/**
 * Every command of {@code keypad --help}, run from the real jar against a real server: a success case each,
 * every output format of the listings, {@code --what-if}, {@code --confirm} and {@code --force}, standard-input
 * pipelines, each exit code with its message, and input the CLI or the server must refuse.
 *
 * <p>The server's SMTP server (127.0.0.1:9) refuses every connection, so mails stay in the outbox to be
 * retried and cancelled. Users of these tests live under {@code every.test}; the Litware demo directory
 * supplies Ken Myer and the two Smiths. Test methods share the server but not their users, in any order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EveryCommandIT {

    private static final List<String> IMPORT_COLUMNS = List.of("sipAddress", "displayName", "userPrincipalName",
            "logonName", "distinguishedName", "email", "lineUri", "extension", "site", "title", "department", "city",
            "company");

    private KeypadServer server;
    private KeypadJar jar;
    private Path home;
    private int finishedTests;

    @BeforeAll
    void startServer(@TempDir Path data, @TempDir Path home) {
        this.home = home;
        server = KeypadServer.start("every-command-e2e", data, "--keypad.smtp.host=127.0.0.1", "--keypad.smtp.port=9");
        jar = server.jar(home);
    }

    @AfterEach
    void countFinishedTest() {
        finishedTests++;
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    @Test
    void usersAreAddedChangedImportedShownAndRemoved() {
        Map<String, Object> added = jar.run("user", "add", "--sip", "sip:ursula@every.test", "--name", "Ursula Uno",
                "--upn", "ursula@every.test", "--logon", "EVERY\\ursula", "--dn", "CN=Ursula Uno,OU=Users,DC=every,DC=test",
                "--email", "ursula@every.test", "--extension", "7501", "--line-uri", "tel:+15555557501", "--site", "UserSite",
                "--attr", "title=Clerk", "-o", "json").exits(0).object();
        assertThat(added).containsEntry("identity", "sip:ursula@every.test").containsEntry("logonName", "EVERY\\ursula")
                .containsEntry("title", "Clerk");

        assertThat(jar.run("user", "set", "EVERY\\ursula", "--extension", "7502", "--email", "", "--attr", "department=Audit",
                "-o", "jsonl").exits(0).lines()).singleElement().satisfies(user -> assertThat(user)
                .containsEntry("extension", "7502").containsEntry("department", "Audit").containsEntry("email", null));

        String csv = "sipAddress,displayName,site\r\nsip:umberto@every.test,\"Umberto, Due\",UserSite\r\n";
        assertThat(jar.run(Map.of(), csv, "user", "import", "-", "-o", "json").exits(0).object())
                .containsEntry("created", 1).containsEntry("failed", 0);
        assertThat(jar.run("user", "show", "Ursula Uno", "Umberto, Due", "-o", "json").exits(0).array())
                .extracting(user -> user.get("identity")).containsExactly("sip:ursula@every.test", "sip:umberto@every.test");

        assertThat(jar.run("user", "remove", "Umberto*", "-o", "jsonl").exits(0).lines())
                .extracting(user -> user.get("identity")).containsExactly("sip:umberto@every.test");
        List<Run> after = jar.runAll(List.of(List.of("user", "show", "sip:umberto@every.test"),
                List.of("audit", "list", "--target", "sip:umberto@every.test", "-o", "json"),
                List.of("audit", "verify", "-o", "json")));
        assertThat(after.get(0).exits(3).err()).contains("No user matches");
        assertThat(after.get(1).exits(0).array()).extracting(record -> record.get("action"))
                .containsExactly("user.add", "user.remove");
        assertThat(after.get(2).exits(0).object()).containsEntry("intact", true);
    }

    @Test
    void directoryPinAndPolicyListingsPrintEveryFormat() {
        jar.run(Map.of(), "sipAddress,displayName,site,title\r\n"
                + "sip:fmt1@every.test,\"Doe, Jane\",FormatSite,\"Lead \"\"Q\"\"\"\r\n"
                + "sip:fmt2@every.test,Roe Richard,FormatSite,\r\n", "user", "import", "-").exits(0);
        jar.run("pin", "set", "fmt1@every.test", "--purpose", "voicemail", "--no-send-email").exits(0);

        List<Listed> listed = inEveryFormat(new Listing("identity", "sipAddress", "user", "list", "--site", "FormatSite"),
                new Listing("identity", "identity", "pin", "info", "--purpose", "voicemail", "--site", "FormatSite"),
                new Listing("scope", "scope", "policy", "list", "--purpose", "voicemail"));
        Listed users = listed.get(0);
        assertThat(users.csvHeader()).isEqualTo(IMPORT_COLUMNS);
        assertThat(users.csvText()).contains(",\"Doe, Jane\",").contains(",\"Lead \"\"Q\"\"\",");
        assertThat(users.csv().get(0)).containsEntry("displayName", "Doe, Jane").containsEntry("title", "Lead \"Q\"");
        assertThat(users.json().get(0)).containsEntry("displayName", "Doe, Jane");
        assertThat(users.table()).contains("Doe, Jane");
        assertThat(jar.run(Map.of(), users.csvText(), "user", "import", "-", "-o", "json").exits(0).object())
                .as("a user listing in CSV imports back as it is").containsEntry("unchanged", 2);

        Listed pins = listed.get(1);
        assertThat(pins.csvHeader()).isEqualTo(List.copyOf(pins.json().get(0).keySet()));
        assertThat(pins.json()).extracting(pin -> pin.get("isPinSet")).containsExactly(true, false);
        assertThat(JSON.std.mapFrom(pins.csv().get(0).get("failedAttempts")))
                .isEqualTo(pins.json().get(0).get("failedAttempts"));
        assertThat(pins.table()).contains("local=0 global=0 consecutive=0");

        Listed policies = listed.get(2);
        assertThat(policies.json().get(0)).containsEntry("scope", "global").containsEntry("purpose", "voicemail")
                .containsKeys("maxLogonAttempts", "logonFailuresBeforePinReset");
        assertThat(policies.csvHeader()).isEqualTo(List.copyOf(policies.json().get(0).keySet()));
    }

    @Test
    void outboxAuditAndAccountListingsPrintEveryFormat() {
        jar.runAll(List.of(List.of("user", "add", "--sip", "sip:fmtmail@every.test", "--name", "Mailed Format", "--email",
                "fmtmail@every.test"), List.of("account", "add", "format-desk", "--role", "helpdesk")))
                .forEach(run -> run.exits(0));
        jar.run("pin", "set", "fmtmail@every.test", "--purpose", "phone").exits(0);

        List<Listed> listed = inEveryFormat(new Listing("id", "id", "mail", "list", "--identity", "Mailed Format"),
                new Listing("seq", "seq", "audit", "list", "--target", "sip:fmtmail@every.test"),
                new Listing("name", "name", "account", "list"));
        Listed mails = listed.get(0);
        assertThat(mails.json()).singleElement().satisfies(mail -> assertThat(mail)
                .containsEntry("to", "fmtmail@every.test").containsEntry("kind", "welcome").containsEntry("holdsPin", true));
        assertThat(mails.csvHeader()).isEqualTo(List.copyOf(mails.json().get(0).keySet())).doesNotContain("pin");

        Listed audit = listed.get(1);
        assertThat(audit.json()).extracting(record -> record.get("action")).containsExactly("user.add", "pin.set");
        assertThat(audit.csv()).allSatisfy(row -> assertThat(row.get("source")).contains("keypad-cli"));

        Listed accounts = listed.get(2);
        assertThat(accounts.json()).extracting(account -> account.get("name")).contains("admin", "format-desk");
        assertThat(accounts.csvHeader()).contains("name", "role", "createdAt").doesNotContain("token");
    }

    @Test
    void pinsAreSetLockedUnlockedAndUsedFromThePhone() {
        jar.run("user", "add", "--sip", "sip:phil@every.test", "--name", "Phil Phone", "--extension", "7601").exits(0);
        assertThat(jar.run(Map.of(), "482135\n", "pin", "set", "Phil Phone", "--purpose", "voicemail", "--pin", "-",
                "--no-must-change", "--no-send-email", "-o", "json").exits(0).array()).singleElement()
                .satisfies(result -> {
                    assertThat(result).containsEntry("outcome", "changed").doesNotContainKey("pin");
                    assertThat(mailStatus(result)).isEqualTo("not-sent");
                });
        assertThat(jar.run(Map.of(), "482135\n593718\n", "phone", "change-pin", "--purpose", "voicemail",
                "--identity", "phil@every.test", "--pin", "-", "--new-pin", "-", "-o", "json").exits(0).object())
                .containsEntry("outcome", "changed");

        assertThat(jar.run("pin", "lock", "phil@every.test", "--purpose", "voicemail", "-o", "jsonl").exits(0).lines())
                .singleElement().satisfies(result -> assertThat(result).containsEntry("outcome", "changed"));
        assertThat(signIn("593718")).containsEntry("outcome", "locked");
        assertThat(jar.run("pin", "info", "phil@every.test", "--purpose", "voicemail", "-o", "json").exits(0).array())
                .singleElement().satisfies(info -> assertThat(info).containsEntry("isLockedOut", true)
                        .containsEntry("lockoutReason", "administrator").containsEntry("firstTimeUser", false));
        assertThat(jar.run("pin", "unlock", "phil@every.test", "--purpose", "voicemail", "-o", "csv").exits(0).csv())
                .singleElement().satisfies(result -> assertThat(result).containsEntry("outcome", "changed"));
        assertThat(signIn("593718")).containsEntry("outcome", "accepted").containsEntry("identity", "sip:phil@every.test");

        Run generated = jar.run("pin", "set", "sip:phil@every.test", "--purpose", "conference", "-o", "csv").exits(0);
        assertThat(generated.csv()).singleElement().satisfies(result -> assertThat(result)
                .containsEntry("outcome", "changed").containsEntry("mail", "no address")
                .hasEntrySatisfying("pin", pin -> assertThat(pin).matches("[0-9]{5}")));
        assertThat(generated.err()).contains("1 user has no e-mail address; no mail was sent to them (use --email-to)");
    }

    /** What became of a {@code pin set} result's mail: {@code queued}, {@code not-sent}, {@code no-address}, … */
    private static Object mailStatus(Map<String, Object> result) {
        return ((Map<?, ?>) result.get("mail")).get("status");
    }

    private Map<String, Object> signIn(String pin) {
        return jar.run(Map.of(), pin + "\n", "phone", "sign-in", "--purpose", "voicemail", "--extension", "7601",
                "--pin", "-", "-o", "json").exits(0).object();
    }

    @Test
    void policiesAreCreatedChangedShownListedGrantedAndRemoved() {
        List<Run> created = jar.runAll(List.of(List.of("user", "add", "--sip", "sip:polly@every.test", "--name", "Polly Policy"),
                List.of("policy", "new", "--purpose", "voicemail", "tag:EveryExec", "--min-length", "8", "--history-count", "3",
                        "-o", "json")));
        assertThat(created.get(1).exits(0).object()).containsEntry("minLength", 8).containsEntry("historyCount", 3);
        created.get(0).exits(0);
        assertThat(jar.run("policy", "set", "--purpose", "voicemail", "tag:EveryExec", "--max-logon-attempts", "12",
                "--reset-pin-text", "Call 555-0100, please.", "-o", "json").exits(0).object())
                .containsEntry("maxLogonAttempts", 12).containsEntry("minLength", 8);
        List<Run> read = jar.runAll(List.of(List.of("policy", "show", "--purpose", "voicemail", "tag:EveryExec", "-o", "csv"),
                List.of("policy", "list", "--purpose", "voicemail", "-o", "jsonl")));
        assertThat(read.get(0).exits(0).csv()).singleElement()
                .satisfies(policy -> assertThat(policy).containsEntry("resetPinText", "Call 555-0100, please."));
        assertThat(read.get(1).exits(0).lines()).extracting(policy -> policy.get("scope"))
                .startsWith("global").contains("tag:EveryExec");

        assertThat(jar.run("policy", "grant", "--purpose", "voicemail", "Polly Policy", "--policy", "EveryExec", "-o", "jsonl")
                .exits(0).lines()).singleElement().satisfies(result -> assertThat(result).containsEntry("outcome", "changed"));
        assertThat(jar.run("pin", "info", "polly@every.test", "--purpose", "voicemail", "-o", "json").exits(0).array())
                .singleElement().satisfies(pin -> assertThat(pin).containsEntry("policy", "tag:EveryExec"));
        assertThat(jar.run("policy", "remove", "--purpose", "voicemail", "tag:EveryExec").exits(0).err())
                .contains("Removed the voicemail policy tag:EveryExec");
        List<Run> after = jar.runAll(List.of(List.of("pin", "info", "polly@every.test", "--purpose", "voicemail", "-o", "json"),
                List.of("policy", "show", "--purpose", "voicemail", "tag:EveryExec")));
        assertThat(after.get(0).exits(0).array().get(0).get("policy")).as("the grant went with the policy").isEqualTo("global");
        assertThat(after.get(1).exits(3).err()).contains("There is no voicemail policy tag:EveryExec");
    }

    @Test
    void accountsAreAddedAndRemovedAndLoginSavesTheirTokenUntilLogout() throws Exception {
        Run added = jar.run("account", "add", "every-desk", "--role", "helpdesk", "-o", "json").exits(0);
        String token = (String) added.object().get("token");
        assertThat(token).startsWith("kp_");
        assertThat(added.err()).contains("not shown again");
        assertThat(jar.run("account", "list", "-o", "jsonl").exits(0).lines())
                .anySatisfy(account -> assertThat(account).containsEntry("name", "every-desk").containsEntry("role", "helpdesk"))
                .allSatisfy(account -> assertThat(account).doesNotContainKey("token"));

        Map<String, String> desk = Map.of("XDG_CONFIG_HOME", home.resolve("desk-config").toString());
        assertThat(jar.run(desk, token + "\n", "login", "--server", server.url(), "--token", "-", "-o", "json").exits(0)
                .object()).containsEntry("account", "every-desk").containsEntry("role", "helpdesk");
        assertThat(Files.getPosixFilePermissions(home.resolve("desk-config/keypad/config")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        jar.run(desk, "", "user", "show", "kenmyer@litwareinc.com").exits(0);
        assertThat(jar.run(desk, "", "account", "list").exits(4).err()).contains("role may not");
        assertThat(jar.run(desk, "", "logout").exits(0).err()).contains("Removed the token");
        assertThat(jar.run(desk, "", "user", "list").exits(4).err()).contains("not logged in to " + server.url());

        assertThat(jar.run("account", "unblock", "every-desk").exits(0).err()).contains("was not blocked; nothing changed");
        assertThat(jar.run("account", "unblock", "nobody-at-all").exits(3).err()).contains("No account is named");
        assertThat(jar.run("account", "remove", "every-desk").exits(0).err()).contains("Removed account every-desk");
        assertThat(jar.run(Map.of("KEYPAD_TOKEN", token), "", "user", "list").exits(4).err())
                .contains("The API token was not accepted");
    }

    @Test
    void mailsAreShownRetriedAndCancelledAndTheTenantSettingSilencesAutomaticOnes() {
        jar.run("user", "add", "--sip", "sip:mandy@every.test", "--name", "Mandy Mail", "--email", "mandy@every.test")
                .exits(0);
        Map<String, Object> set = jar.run("pin", "set", "Mandy Mail", "--purpose", "phone", "--email-to", "desk@every.test",
                "-o", "json").exits(0).array().get(0);
        Map<?, ?> queued = (Map<?, ?>) set.get("mail");
        assertThat(queued.get("status")).isEqualTo("queued");
        assertThat(queued.get("to")).isEqualTo("desk@every.test");
        String id = String.valueOf(queued.get("id"));

        assertThat(jar.run("mail", "show", id, "-o", "json").exits(0).array()).singleElement().satisfies(mail -> assertThat(mail)
                .containsEntry("status", "queued").containsEntry("holdsPin", true).containsEntry("kind", "welcome"));
        assertThat(jar.run("mail", "retry", id, "-o", "jsonl").exits(0).lines()).singleElement()
                .satisfies(mail -> assertThat(mail).containsEntry("status", "queued"));
        assertThat(jar.run("mail", "cancel", "#" + id, "-o", "json").exits(0).array()).singleElement()
                .satisfies(mail -> assertThat(mail).containsEntry("status", "cancelled").containsEntry("holdsPin", false));
        assertThat(jar.run("mail", "list", "--identity", "mandy@every.test", "--status", "cancelled", "-o", "jsonl")
                .exits(0).lines()).extracting(mail -> String.valueOf(mail.get("id"))).containsExactly(id);
        Run again = jar.run("mail", "retry", id, "999999", "--force").exits(1);
        assertThat(again.err()).contains("keypad: warning: Mail " + id + " is cancelled")
                .contains("keypad: failed for 2 targets: mail " + id + ", mail 999999");

        assertThat(jar.run("conferencing", "settings", "set", "--auto-email", "false", "-o", "json").exits(0).object())
                .containsEntry("automaticallySendEmailsToUsers", false);
        try {
            assertThat(jar.run("pin", "set", "Mandy Mail", "--purpose", "voicemail", "-o", "jsonl").exits(0).lines())
                    .singleElement().satisfies(result -> assertThat(mailStatus(result)).isEqualTo("not-sent"));
        } finally {
            jar.run("conferencing", "settings", "set", "--auto-email", "true").exits(0);
        }
    }

    @Test
    void whatIfPrintsWhatWouldChangeAndChangesNothing() {
        jar.run(Map.of(), "sipAddress,displayName,site,extension\r\nsip:wanda@every.test,Wanda WhatIf,WhatIfSite,7701\r\n"
                + "sip:walt@every.test,Walt WhatIf,WhatIfSite,7702\r\nsip:wes@every.test,Wes WhatIf,WhatIfSite,7703\r\n",
                "user", "import", "-").exits(0);
        List<Run> setUp = jar.runAll(List.of(List.of("pin", "lock", "wes@every.test", "--purpose", "phone"),
                List.of("policy", "new", "--purpose", "phone", "tag:WhatIfKeep", "--min-length", "6"),
                List.of("account", "add", "whatif-keep", "--role", "auditor"),
                List.of("pin", "set", "walt@every.test", "--purpose", "conference", "--email-to", "desk@every.test",
                        "-o", "json")));
        setUp.forEach(run -> run.exits(0));
        Object mail = ((Map<?, ?>) setUp.get(3).array().get(0).get("mail")).get("id");

        List<Run> whatIfs = jar.runAll(List.of(
                List.of("user", "add", "--sip", "sip:wilma@every.test", "--name", "Wilma WhatIf", "--what-if"),
                List.of("user", "set", "wanda@every.test", "--extension", "7799", "--what-if"),
                List.of("user", "remove", "walt@every.test", "--what-if"),
                List.of("pin", "set", "wanda@every.test", "--purpose", "phone", "--what-if"),
                List.of("pin", "lock", "wanda@every.test", "--purpose", "phone", "--what-if"),
                List.of("pin", "unlock", "wes@every.test", "--purpose", "phone", "--what-if"),
                List.of("policy", "new", "--purpose", "phone", "tag:WhatIfNew", "--min-length", "7", "--what-if"),
                List.of("policy", "set", "--purpose", "phone", "tag:WhatIfKeep", "--min-length", "9", "--what-if"),
                List.of("policy", "remove", "--purpose", "phone", "tag:WhatIfKeep", "--what-if"),
                List.of("policy", "grant", "--purpose", "phone", "wanda@every.test", "--policy", "WhatIfKeep", "--what-if"),
                List.of("account", "add", "whatif-new", "--role", "helpdesk", "--what-if"),
                List.of("account", "remove", "whatif-keep", "--what-if"),
                List.of("conferencing", "settings", "set", "--auto-email", "false", "--what-if"),
                List.of("mail", "cancel", String.valueOf(mail), "--what-if")));
        whatIfs.forEach(run -> run.exits(0));
        assertThat(whatIfs.subList(3, 6)).allSatisfy(run -> assertThat(run.out()).contains("would-change"));
        assertThat(Stream.concat(whatIfs.subList(0, 3).stream(), whatIfs.subList(6, 14).stream()))
                .allSatisfy(run -> assertThat(run.out()).contains("What if: "));
        assertThat(whatIfs.get(12).out()).contains("automaticallySendEmailsToUsers true -> false");
        assertThat(whatIfs.get(13).out()).contains("would not be sent");

        List<Run> reads = jar.runAll(List.of(
                List.of("user", "list", "--site", "WhatIfSite", "-o", "json"),
                List.of("pin", "info", "wanda@every.test", "wes@every.test", "--purpose", "phone", "-o", "json"),
                List.of("policy", "list", "--purpose", "phone", "-o", "json"),
                List.of("account", "list", "-o", "json"),
                List.of("conferencing", "settings", "show", "-o", "json"),
                List.of("mail", "show", String.valueOf(mail), "-o", "json"),
                List.of("audit", "list", "--target", "sip:wanda@every.test", "-o", "json")));
        reads.forEach(run -> run.exits(0));
        assertThat(reads.get(0).array()).extracting(user -> user.get("identity") + " " + user.get("extension"))
                .containsExactly("sip:walt@every.test 7702", "sip:wanda@every.test 7701", "sip:wes@every.test 7703");
        assertThat(reads.get(1).array())
                .extracting(pin -> pin.get("isPinSet") + " " + pin.get("isLockedOut") + " " + pin.get("policy"))
                .containsExactly("false false global", "false true global");
        assertThat(reads.get(2).array()).extracting(policy -> policy.get("scope") + " " + policy.get("minLength"))
                .contains("tag:WhatIfKeep 6").noneMatch(scope -> scope.startsWith("tag:WhatIfNew"));
        assertThat(reads.get(3).array()).extracting(account -> account.get("name")).contains("whatif-keep")
                .doesNotContain("whatif-new");
        assertThat(reads.get(4).object()).containsEntry("automaticallySendEmailsToUsers", true);
        assertThat(reads.get(5).array().get(0)).containsEntry("status", "queued");
        assertThat(reads.get(6).array()).extracting(record -> record.get("action")).containsExactly("user.add");
    }

    @Test
    void confirmWithoutATerminalRefusesAndForceTurnsFailuresIntoWarnings() {
        jar.run(Map.of(), "sipAddress,displayName,site\r\nsip:fern1@every.test,Fern One,ForceSite\r\n"
                + "sip:fern2@every.test,Fern Two,ForceSite\r\n", "user", "import", "-").exits(0);
        List<Run> confirmed = jar.runAll(List.of(List.of("user", "remove", "fern1@every.test", "--confirm"),
                List.of("pin", "set", "fern1@every.test", "--purpose", "phone", "--confirm")));
        assertThat(confirmed).allSatisfy(run -> assertThat(run.exits(2).err())
                .contains("keypad: --confirm needs a terminal to ask on, and there is none"));
        assertThat(jar.run("pin", "info", "fern1@every.test", "--purpose", "phone", "-o", "json").exits(0).array())
                .singleElement().satisfies(pin -> assertThat(pin).containsEntry("isPinSet", false));

        Run locked = jar.run("pin", "lock", "fern1@every.test", "nobody@every.test", "Fern Two", "--purpose", "phone",
                "--force", "-o", "jsonl").exits(1);
        assertThat(locked.lines()).extracting(result -> result.get("outcome"))
                .containsExactlyInAnyOrder("changed", "changed", "failed");
        assertThat(locked.err()).contains("keypad: warning: nobody@every.test: No user matches the identity 'nobody@every.test'")
                .contains("keypad: failed for 1 target: nobody@every.test")
                .endsWith("changed 2, unchanged 0, failed 1\n");

        Run removed = jar.run("user", "remove", "ghost@every.test", "fern1@every.test", "--force", "-o", "csv").exits(1);
        assertThat(removed.csv()).extracting(user -> user.get("sipAddress")).containsExactly("sip:fern1@every.test");
        assertThat(removed.err()).contains("keypad: warning: No user matches the identity 'ghost@every.test'")
                .contains("keypad: failed for 1 target: ghost@every.test");
        assertThat(jar.run("user", "list", "--site", "ForceSite", "-o", "jsonl").exits(0).lines())
                .extracting(user -> user.get("identity")).containsExactly("sip:fern2@every.test");
    }

    @Test
    void standardInputFeedsIdentitiesAndJsonObjectsIntoBulkCommands() {
        jar.run(Map.of(), "sipAddress,displayName,site\r\nsip:pia@every.test,Pia Pipe,EveryPipeSite\r\n"
                + "sip:pio@every.test,Pio Pipe,EveryPipeSite\r\nsip:piu@every.test,Piu Pipe,EveryPipeSite\r\n",
                "user", "import", "-").exits(0);

        Run set = jar.shell("keypad user list --site EveryPipeSite -o jsonl"
                + " | keypad pin set --purpose voicemail --no-send-email - -o jsonl").exits(0);
        assertThat(set.lines()).hasSize(3).allSatisfy(result -> {
            assertThat(result).containsEntry("outcome", "changed")
                    .hasEntrySatisfying("pin", pin -> assertThat((String) pin).matches("[0-9]{6}"));
            assertThat(mailStatus(result)).isEqualTo("not-sent");
        });
        assertThat(set.err()).endsWith("changed 3, unchanged 0, failed 0\n");
        assertThat(jar.shell("keypad user list --site EveryPipeSite -o csv | tail -n +2 | cut -d, -f1"
                + " | keypad pin info --purpose voicemail - -o jsonl").exits(0).lines())
                .as("SIP addresses one per line, CRLF and all").hasSize(3)
                .allSatisfy(info -> assertThat(info).containsEntry("isPinSet", true));

        Run locked = jar.run(Map.of(), "sip:pia@every.test\n\n   \nnot a user at all\npio@every.test\n",
                "pin", "lock", "--purpose", "voicemail", "-", "-o", "jsonl").exits(1);
        assertThat(locked.lines()).as("blank lines are skipped")
                .extracting(result -> result.get("identity") + " " + result.get("outcome"))
                .containsExactlyInAnyOrder("sip:pia@every.test changed", "sip:pio@every.test changed",
                        "not a user at all failed");
        assertThat(locked.err()).contains("keypad: not a user at all: No user matches the identity 'not a user at all'")
                .contains("keypad: failed for 1 target: not a user at all").endsWith("changed 2, unchanged 0, failed 1\n");

        assertThat(jar.run(Map.of(), "{\"identity\":\"sip:pia@every.test\"}\n{\"displayName\":\"Pio Pipe\"}\n",
                "user", "remove", "-").exits(2).err())
                .contains("keypad: standard input line 2: the JSON object has no \"identity\" field");
        assertThat(jar.run(Map.of(), "pia@every.test\n{\"identity\": sip:pio\n", "user", "remove", "-").exits(2).err())
                .contains("keypad: standard input line 2 starts with '{' but is not a JSON object");
        assertThat(jar.shell("keypad user list --site EveryPipeSite -o jsonl | keypad user remove - -o jsonl").exits(0).lines())
                .as("the refused runs removed nobody").extracting(user -> user.get("identity"))
                .containsExactly("sip:pia@every.test", "sip:pio@every.test", "sip:piu@every.test");
        assertThat(jar.run("user", "list", "--site", "EveryPipeSite", "-o", "json").exits(0).array()).isEmpty();
    }

    @Test
    void exitCodesTellUsageNotFoundUnauthorizedAndUnreachableApart() {
        List<Run> runs = jar.runAll(List.of(
                List.of("--version"),
                List.of("user", "show", "kenmyer@litwareinc.com", "nobody@every.test"),
                List.of("user", "list", "--bogus"),
                List.of("user", "list", "-o", "xml"),
                List.of("user", "show"),
                List.of("pin", "lock", "--purpose", "phone"),
                List.of("pin", "info", "--purpose", "phone", "--where", "broken"),
                List.of("pin", "info", "nobody@every.test", "--purpose", "phone"),
                List.of("user", "set", "* Smith", "--attr", "title=Boss"),
                List.of("phone", "sign-in", "--purpose", "phone", "--identity", "* Smith", "--pin", "48213")));
        assertThat(runs.get(0).exits(0).out()).startsWith("keypad ");
        assertThat(runs.get(1).exits(1).err()).contains("keypad: No user matches the identity 'nobody@every.test'")
                .contains("keypad: failed for 1 target: nobody@every.test");
        assertThat(runs.get(2).exits(2).err()).contains("Unknown option: '--bogus'");
        assertThat(runs.get(3).exits(2).err()).contains("'xml' is not one of table, json, jsonl, csv");
        assertThat(runs.get(4).exits(2).err()).contains("Missing required parameter: 'IDENTITY'");
        assertThat(runs.get(5).exits(2).err()).contains("keypad: name the PINs to lock");
        assertThat(runs.get(6).exits(2).err()).contains("'broken' is not one of locked, expired, set, unset");
        assertThat(runs.get(7).exits(3).err()).contains("keypad: No user matches the identity 'nobody@every.test'");
        assertThat(runs.get(8).exits(3).err()).contains("'* Smith' matches 2 users")
                .contains("  sip:davids@litwareinc.com").contains("  sip:janes@litwareinc.com");
        assertThat(runs.get(9).exits(3).err()).contains("The identity '* Smith' is ambiguous")
                .contains("  sip:davids@litwareinc.com").contains("  sip:janes@litwareinc.com");

        assertThat(jar.run(Map.of("KEYPAD_TOKEN", "kp_not-a-valid-token-at-all"), "", "user", "list").exits(4).err())
                .contains("keypad: The API token was not accepted");
        assertThat(jar.run(Map.of("KEYPAD_SERVER", "http://127.0.0.1:9"), "", "user", "list").exits(5).err())
                .contains("keypad: cannot reach the Keypad server at http://127.0.0.1:9: connection refused");
    }

    @Test
    void badInputIsRefusedWithTheReasonAndChangesNothing() {
        jar.run("user", "add", "--sip", "sip:bert@every.test", "--name", "Bert Bad", "--extension", "7801").exits(0);
        List<Run> runs = jar.runAll(List.of(
                List.of("pin", "set", "bert@every.test", "--purpose", "phone", "--pin", "12345", "-o", "json"),
                List.of("user", "list", "--ldap-filter", "(title=Manager"),
                List.of("pin", "unlock", "--purpose", "phone", "--ldap-filter", "(title=Manager"),
                List.of("policy", "show", "--purpose", "phone", "region:Emea"),
                List.of("pin", "set", "bert@every.test", "--purpose", "phone", "--email-to", "not-an-address"),
                List.of("pin", "info", "bert@every.test", "--purpose", "fax")));
        assertThat(runs.get(0).exits(1).err()).contains("\n  sequential-run: The PIN contains four or more consecutive")
                .contains("\n  common-pin: ");
        assertThat(runs.get(0).array()).singleElement().satisfies(result -> assertThat(result)
                .containsEntry("outcome", "failed").containsEntry("problem", "invalid-pin"));
        assertThat(runs.get(1).exits(1).err()).contains("keypad: LDAP filter: expected ')'").contains("at position 14");
        assertThat(runs.get(2).exits(1).err()).contains("keypad: LDAP filter: expected ')'");
        assertThat(runs.get(3).exits(2).err()).contains("scope 'region:Emea' is not global, site:NAME or tag:NAME");
        assertThat(runs.get(4).exits(1).err()).contains("keypad: emailTo 'not-an-address' is not an e-mail address");
        // docs/cli.md: "an unknown --purpose is the server's to refuse (exit 1)"
        assertThat(runs.get(5).exits(1).err()).contains("keypad: purpose 'fax' is not one of phone, voicemail, conference");

        assertThat(jar.run("pin", "info", "bert@every.test", "--purpose", "phone", "-o", "json").exits(0).array())
                .singleElement().satisfies(pin -> assertThat(pin).containsEntry("isPinSet", false));
    }

    /**
     * Guards the promise of this class: each command that {@code keypad --help} lists ran successfully at least
     * once above. Runs last, and only when the whole class ran.
     */
    @Test
    void conferencingUsersAreEnabledShownResetAndDisabled() {
        jar.run("user", "add", "--sip", "sip:olga@every.test", "--name", "Olga Organizer", "--email", "olga@every.test").exits(0);
        Map<String, Object> enabled = jar.run("conferencing", "user", "enable", "Olga Organizer", "-o", "json").exits(0).array().get(0);
        assertThat(enabled.get("outcome")).isEqualTo("changed");
        assertThat((String) enabled.get("conferenceId")).matches("[1-9][0-9]{6}");
        String leaderPin = (String) enabled.get("leaderPin");
        assertThat(leaderPin).matches("[0-9]{5}");

        Map<String, String> shown = jar.run("conferencing", "user", "show", "sip:olga@every.test", "-o", "csv").exits(0).csv().get(0);
        assertThat(shown).containsEntry("enabled", "true").containsEntry("leaderPin", "*****");
        assertThat(jar.run("conferencing", "user", "enable", "Olga Organizer").exits(1).err()).contains("already");

        Map<String, Object> reset = jar.run("conferencing", "user", "set", "Olga Organizer", "--reset-leader-pin",
                "--reset-conference-id", "--allow-pstn-only", "true", "-o", "jsonl").exits(0).lines().get(0);
        assertThat((String) reset.get("leaderPin")).matches("[0-9]{5}").isNotEqualTo(leaderPin);
        assertThat(reset.get("conferenceId")).isNotEqualTo(enabled.get("conferenceId"));
        assertThat(jar.run("conferencing", "user", "set", "Olga Organizer", "--send-email").exits(0).out())
                .contains("conference information mailed");
        assertThat(jar.run("conferencing", "user", "disable", "Olga Organizer", "--what-if").exits(0).out()).contains("would");
        jar.run("conferencing", "user", "disable", "Olga Organizer", "--no-send-email").exits(0);
        assertThat(jar.run("conferencing", "user", "show", "Olga Organizer", "-o", "json").exits(0).array().get(0))
                .containsEntry("enabled", false);
        assertThat(jar.run("conferencing", "user", "set", "Olga Organizer", "--reset-leader-pin").exits(1).err()).contains("not enabled");
    }

    @Test
    void pinKeysRotateAndCompletionScriptsPrint() {
        Run rotated = jar.run("pin-keys", "rotate", "-o", "json").exits(0);
        assertThat(rotated.out()).contains("\"currentVersion\"");
        assertThat(jar.run("pin-keys", "rotate", "--what-if").exits(0).out()).contains("What if: POST");
        assertThat(jar.run("completion", "bash").exits(0).out()).contains("complete").contains("pin-keys");
        assertThat(jar.run("completion", "zsh").exits(0).out()).contains("bashcompinit");
    }

    @Test
    void conferenceBridgeJoinsTheLobbyStartsWithTheLeaderPinAndLeaves() {
        jar.run("user", "add", "--sip", "sip:bruno@every.test", "--name", "Bruno Bridge").exits(0);
        Map<String, Object> enabled = jar.run("conferencing", "user", "enable", "Bruno Bridge", "--no-send-email",
                "-o", "json").exits(0).array().get(0);
        String conferenceId = (String) enabled.get("conferenceId");

        Map<String, Object> waiting = jar.run("conference", "join", "--conference-id", conferenceId, "--caller-id",
                "+15555550101", "-o", "json").exits(0).object();
        assertThat(waiting).containsEntry("state", "lobby");
        Map<String, Object> organizer = jar.run(Map.of(), enabled.get("leaderPin") + "\n", "conference", "join",
                "--conference-id", conferenceId, "--organizer", "--pin", "-", "-o", "json").exits(0).object();
        // a generated leader PIN is to be changed, so the organizer is accepted-must-change
        assertThat(organizer).containsEntry("state", "in-meeting").containsEntry("outcome", "accepted-must-change");
        Map<String, String> shown = jar.run("conference", "show", "--conference-id", conferenceId, "-o", "csv")
                .exits(0).csv().get(0);
        assertThat(shown).containsEntry("started", "true").containsEntry("list", "roster");
        assertThat(jar.run("conference", "leave", "--call", (String) waiting.get("call"), "-o", "json").exits(0)
                .object()).containsEntry("state", "left");
        jar.run("conference", "leave", "--call", (String) organizer.get("call")).exits(0);
        jar.run("conference", "leave", "--call", (String) organizer.get("call")).exits(3);
        jar.run("conference", "show", "--conference-id", "0000001").exits(3);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void everyCommandOfTheCliRanSuccessfully() {
        long others = Arrays.stream(getClass().getDeclaredMethods()).filter(method -> method.isAnnotationPresent(Test.class))
                .count() - 1;
        Assumptions.assumeTrue(finishedTests == others, "runs only after every other test of the class");
        CommandLine keypad = KeypadCommand.everyCommand(new Environment(Map.of(), home, InputStream.nullInputStream(), null));
        List<List<String>> succeeded = jar.runs().stream().filter(run -> run.exit() == 0).map(Run::args).toList();
        List<String> missing = commands(keypad, List.of())
                .filter(command -> succeeded.stream().noneMatch(args -> startsWith(args, command)))
                .map(command -> String.join(" ", command)).toList();
        assertThat(missing).as("commands without a successful run in this class").isEmpty();
    }

    /** The leaf commands under {@code command}, each as the words that name it, such as [conferencing, settings, show]. */
    private static Stream<List<String>> commands(CommandLine command, List<String> words) {
        if (command.getSubcommands().isEmpty()) {
            return Stream.of(words);
        }
        return command.getSubcommands().values().stream().distinct().flatMap(sub -> {
            List<String> longer = new ArrayList<>(words);
            longer.add(sub.getCommandName());
            return commands(sub, longer);
        });
    }

    private static boolean startsWith(List<String> args, List<String> command) {
        return args.size() >= command.size() && args.subList(0, command.size()).equals(command);
    }

    /** A listing command, and the field that names its records in the table and JSON ({@code key}) and in CSV. */
    private record Listing(String key, String csvKey, String... args) {
    }

    /** One listing in the four formats of {@code -o}, parsed. */
    private record Listed(String table, List<Map<String, Object>> json, List<Map<String, String>> csv, List<String> csvHeader,
                          String csvText) {
    }

    /**
     * Runs each listing with {@code -o table}, {@code json}, {@code jsonl} and {@code csv}, all in one batch, and
     * checks that the four formats list the same non-empty records in the same order.
     */
    private List<Listed> inEveryFormat(Listing... listings) {
        List<String> formats = List.of("table", "json", "jsonl", "csv");
        List<List<String>> commands = new ArrayList<>();
        for (Listing listing : listings) {
            for (String format : formats) {
                List<String> args = new ArrayList<>(List.of(listing.args()));
                args.addAll(List.of("-o", format));
                commands.add(args);
            }
        }
        List<Run> runs = jar.runAll(commands);
        List<Listed> listed = new ArrayList<>();
        for (int i = 0; i < listings.length; i++) {
            listed.add(alike(listings[i], runs.subList(formats.size() * i, formats.size() * (i + 1))));
        }
        return listed;
    }

    private static Listed alike(Listing listing, List<Run> runs) {
        runs.forEach(run -> run.exits(0));
        String key = listing.key();
        List<Map<String, Object>> json = runs.get(1).array();
        List<String> keys = json.stream().map(record -> String.valueOf(record.get(key))).toList();
        assertThat(keys).as("records of %s", String.join(" ", listing.args())).isNotEmpty();
        assertThat(runs.get(2).lines()).as("jsonl").extracting(record -> String.valueOf(record.get(key))).isEqualTo(keys);
        List<Map<String, String>> csv = runs.get(3).csv();
        assertThat(csv).as("csv").extracting(row -> row.get(listing.csvKey())).isEqualTo(keys);
        List<String> table = runs.get(0).out().lines().toList();
        assertThat(table).as("table").hasSize(keys.size() + 1);
        assertThat(table.get(0).split(" +")).as("table header").contains(key);
        for (int i = 0; i < keys.size(); i++) {
            assertThat(table.get(i + 1)).as("table row").contains(keys.get(i));
        }
        return new Listed(runs.get(0).out(), json, csv, runs.get(3).csvHeader(), runs.get(3).out());
    }
}
