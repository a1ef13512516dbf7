package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.jr.ob.JSON;

/** mail retry and mail cancel: the requests, what-if, confirm, force, and their exit codes. */
class MailChangeCommandTests {

    @TempDir
    Path home;

    private FakeKeypadServer server;
    private Cli cli;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer().withUser("sip:ken@litwareinc.com", "Ken Myer", "email", "ken@litwareinc.com");
        server.mails.put("sent", "sip:ken@litwareinc.com", "ken@litwareinc.com");
        server.mails.put("failed", "sip:ken@litwareinc.com", "ken@litwareinc.com");
        server.mails.put("queued", "sip:ken@litwareinc.com", "ken@litwareinc.com");
        server.mails.put("cancelled", "sip:ken@litwareinc.com", "ken@litwareinc.com");
        cli = Cli.against(server, home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void retryPostsPerMailAndPrintsTheMailsAsTheServerAnswers() {
        Cli.Run retry = cli.run("mail", "retry", "2", "3", "-o", "jsonl");

        assertThat(retry.exitCode()).isZero();
        assertThat(server.changes()).extracting(request -> request.method() + " " + request.path())
                .containsExactly("POST /api/v1/mails/2/retry", "POST /api/v1/mails/3/retry");
        assertThat(retry.out().lines().map(line -> JSON.std.mapFrom(line).get("nextAttemptAt")))
                .containsExactly("2026-11-25T08:00:00Z", "2026-11-25T08:00:00Z");
        assertThat(server.mails.get(2)).containsEntry("status", "queued");
    }

    @Test
    void idsComeFromStandardInputAsNumbersOrAsTheJsonLinesOfMailList() {
        Cli.Run listed = cli.run("mail", "list", "--status", "queued", "-o", "jsonl");
        Cli.Run retry = cli.stdin(listed.out() + "\n2\n").run("mail", "retry", "-", "-o", "jsonl");

        assertThat(retry.exitCode()).as(retry.err()).isZero();
        assertThat(server.changes()).extracting(request -> request.method() + " " + request.path())
                .containsExactly("POST /api/v1/mails/3/retry", "POST /api/v1/mails/2/retry");
        Cli.Run noId = cli.stdin("{\"kind\":\"pin-set\"}\n").run("mail", "cancel", "-");
        assertThat(noId.exitCode()).isEqualTo(2);
        assertThat(noId.err()).contains("line 1").contains("\"id\"");
        assertThat(server.changes()).hasSize(2);
    }

    @Test
    void cancelPrintsTheCancelledMail() {
        Cli.Run cancel = cli.run("mail", "cancel", "3");

        assertThat(cancel.exitCode()).isZero();
        assertThat(cancel.out().lines().skip(1)).singleElement().asString()
                .startsWith("3   pin-set  sip:ken@litwareinc.com  ken@litwareinc.com  cancelled  0");
        assertThat(server.mails.get(3)).containsEntry("status", "cancelled").containsEntry("holdsPin", false);
    }

    @Test
    void whatIfReadsTheMailSaysWhatWouldHappenAndPostsNothing() {
        Cli.Run retry = cli.run("mail", "retry", "2", "--what-if");
        Cli.Run cancel = cli.run("mail", "cancel", "3", "--what-if");

        assertThat(retry.exitCode()).isZero();
        assertThat(retry.out()).isEqualTo("What if: POST " + server.uri() + "/api/v1/mails/2/retry\n"
                + "mail 2 (pin-set to ken@litwareinc.com, failed, 3 attempts) would be tried again now\n");
        assertThat(cancel.out()).isEqualTo("What if: POST " + server.uri() + "/api/v1/mails/3/cancel\n"
                + "mail 3 (pin-set to ken@litwareinc.com, queued, 0 attempts) would not be sent, and the PIN it holds"
                + " would be erased\n");
        assertThat(server.changes()).isEmpty();
        assertThat(server.mails.get(3)).containsEntry("status", "queued");
    }

    @Test
    void whatIfWarnsAboutAMailTheServerWouldRefuseAndExits0() {
        Cli.Run retry = cli.run("mail", "retry", "1", "4", "--what-if");

        assertThat(retry.exitCode()).isZero();
        assertThat(retry.out()).isEmpty();
        assertThat(retry.err()).isEqualTo(
                "keypad: warning: mail 1 was sent at 2026-11-24T20:00:05Z: there is nothing to retry\n"
                        + "keypad: warning: mail 4 is cancelled: it cannot be retried\n");
        assertThat(server.changes()).isEmpty();
    }

    @Test
    void whatIfOfAMailThatDoesNotExistExits3() {
        Cli.Run cancel = cli.run("mail", "cancel", "99", "--what-if");

        assertThat(cancel.exitCode()).isEqualTo(3);
        assertThat(cancel.err()).isEqualTo("keypad: there is no mail 99\n");
        assertThat(server.changes()).isEmpty();
    }

    @Test
    void aMailThatDoesNotExistExits3() {
        assertThat(cli.run("mail", "retry", "99").exitCode()).isEqualTo(3);
        assertThat(cli.run("mail", "cancel", "99").exitCode()).isEqualTo(3);
    }

    @Test
    void aLoneMailTheServerRefusesExits1WithItsReason() {
        Cli.Run cancel = cli.run("mail", "cancel", "1");

        assertThat(cancel.exitCode()).isEqualTo(1);
        assertThat(cancel.err()).isEqualTo("keypad: mail 1 was sent; it cannot be cancelled\n");
    }

    @Test
    void withoutForceTheFirstRefusedMailEndsTheCommand() {
        Cli.Run cancel = cli.run("mail", "cancel", "2", "4", "3");

        assertThat(cancel.exitCode()).isEqualTo(1);
        assertThat(server.changes()).extracting(FakeKeypadServer.Request::path)
                .containsExactly("/api/v1/mails/2/cancel", "/api/v1/mails/4/cancel");
        assertThat(cancel.err()).isEqualTo("keypad: mail 4 is cancelled already\n"
                + "keypad: stopped after a failure: the mails after mail 4 were left alone; give --force to go on past"
                + " failures\n"
                + "keypad: failed for 1 target: mail 4\n");
        assertThat(server.mails.get(3)).containsEntry("status", "queued");
    }

    @Test
    void forceGoesOnPastRefusedMailsAndExits1NamingThem() {
        Cli.Run retry = cli.run("mail", "retry", "1", "2", "4", "3", "--force", "-o", "jsonl");

        assertThat(retry.exitCode()).isEqualTo(1);
        assertThat(retry.out().lines().map(line -> JSON.std.mapFrom(line).get("id"))).containsExactly(2, 3);
        assertThat(retry.err()).isEqualTo("keypad: warning: mail 1 was sent; there is nothing to retry\n"
                + "keypad: warning: mail 4 is cancelled; it cannot be retried\n"
                + "keypad: failed for 2 targets: mail 1, mail 4\n");
    }

    @Test
    void confirmAsksAboutEachMailItCouldChangeAndSendsOnlyTheApprovedOnes() {
        Cli.Run retry = cli.terminal("n", "y").run("mail", "retry", "2", "3", "1", "--confirm");

        assertThat(cli.questions).containsExactly(
                "Retry mail 2 (pin-set to ken@litwareinc.com, failed, 3 attempts)? [y]es/yes to [a]ll/[n]o/no to al[l]: ",
                "Retry mail 3 (pin-set to ken@litwareinc.com, queued, 0 attempts)? [y]es/yes to [a]ll/[n]o/no to al[l]: ");
        assertThat(server.changes()).extracting(FakeKeypadServer.Request::path)
                .containsExactly("/api/v1/mails/3/retry");
        assertThat(retry.exitCode()).isEqualTo(1);
        assertThat(retry.err()).startsWith("keypad: mail 1 was sent at 2026-11-24T20:00:05Z: there is nothing to retry\n");
    }

    @Test
    void confirmWithoutATerminalRefusesBeforeSendingAnything() {
        Cli.Run cancel = cli.run("mail", "cancel", "3", "--confirm");

        assertThat(cancel.exitCode()).isEqualTo(2);
        assertThat(server.requests).isEmpty();
    }

    @Test
    void anAuditorMayNotRetryAMail() {
        Cli.Run retry = Cli.against(server, home).env("KEYPAD_TOKEN", FakeKeypadServer.AUDITOR_TOKEN)
                .run("mail", "retry", "2", "3");

        assertThat(retry.exitCode()).isEqualTo(4);
        assertThat(server.changes()).hasSize(1);
    }
}
