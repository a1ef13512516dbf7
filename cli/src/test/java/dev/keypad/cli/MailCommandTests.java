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

/** mail list and show; retry and cancel are in {@link MailChangeCommandTests}. */
class MailCommandTests {

    @TempDir
    Path home;

    private FakeKeypadServer server;
    private Cli cli;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer()
                .withUser("sip:ken@litwareinc.com", "Ken Myer", "email", "ken@litwareinc.com")
                .withUser("sip:pia@litwareinc.com", "Pia Ackerman", "email", "pia@litwareinc.com");
        server.mails.put("sent", "sip:ken@litwareinc.com", "ken@litwareinc.com");
        server.mails.put("failed", "sip:pia@litwareinc.com", "pia@litwareinc.com");
        server.mails.put("queued", "sip:ken@litwareinc.com", "helpdesk@litwareinc.com");
        cli = Cli.against(server, home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void listPrintsTheMainFieldsNewestFirstAsATable() {
        Cli.Run list = cli.run("mail", "list");

        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines().toList()).containsExactly(
                "id  kind     identity                to                       status  attempts  queuedAt              "
                        + "sentAt                lastError",
                "3   pin-set  sip:ken@litwareinc.com  helpdesk@litwareinc.com  queued  0         2026-11-24T20:00:00Z",
                "2   pin-set  sip:pia@litwareinc.com  pia@litwareinc.com       failed  3         2026-11-24T20:00:00Z  "
                        + "                      550 5.1.1 mailbox unavailable",
                "1   pin-set  sip:ken@litwareinc.com  ken@litwareinc.com       sent    1         2026-11-24T20:00:00Z  "
                        + "2026-11-24T20:00:05Z");
    }

    @Test
    void listInJsonPrintsOneArrayOfTheServersMails() {
        Cli.Run list = cli.run("mail", "list", "-o", "json");

        List<Object> mails = JSON.std.listFrom(list.out());
        assertThat(mails).hasSize(3).first().isEqualTo(server.mails.get(3));
    }

    @Test
    void listInJsonLinesPrintsOneMailPerLineWithEveryField() {
        Cli.Run list = cli.run("mail", "list", "-o", "jsonl");

        assertThat(list.out().lines().map(JSON.std::mapFrom).toList())
                .containsExactly(server.mails.get(3), server.mails.get(2), server.mails.get(1));
    }

    @Test
    void listInCsvPrintsEveryFieldOfTheServer() {
        Cli.Run list = cli.run("mail", "list", "--status", "failed", "-o", "csv");

        assertThat(list.out().split("\r\n", -1)).containsExactly(
                "id,messageId,kind,identity,to,status,attempts,queuedAt,nextAttemptAt,sentAt,lastError,holdsPin,sendingUntil",
                "2,<2.outbox@litwareinc.com>,pin-set,sip:pia@litwareinc.com,pia@litwareinc.com,failed,3,"
                        + "2026-11-24T20:00:00Z,2026-11-24T20:00:00Z,,550 5.1.1 mailbox unavailable,true,",
                "");
    }

    @Test
    void listPassesTheFiltersAndFollowsTheNextCursor() {
        for (int i = 0; i < 1500; i++) {
            server.mails.queue("lockout", "sip:ken@litwareinc.com", "ken@litwareinc.com");
        }

        Cli.Run list = cli.run("mail", "list", "--status", "queued", "--identity", "Ken Myer", "-o", "jsonl");

        assertThat(list.out().lines()).hasSize(1501);
        assertThat(server.requestsTo("/api/v1/mails")).hasSize(2).allSatisfy(request -> assertThat(request.query())
                .containsEntry("status", "queued").containsEntry("identity", "Ken Myer").containsEntry("limit", "1000"));
        assertThat(server.requestsTo("/api/v1/mails").get(1).query()).containsEntry("after", "504");
    }

    @Test
    void listStopsAtTheResultSize() {
        Cli.Run list = cli.run("mail", "list", "--result-size", "2", "-o", "jsonl");

        assertThat(list.out().lines().map(line -> JSON.std.mapFrom(line).get("id"))).containsExactly(3, 2);
        assertThat(server.requests.get(0).query()).containsEntry("limit", "2");
    }

    @Test
    void anUnknownStatusIsAUsageErrorBeforeAnythingIsSent() {
        Cli.Run list = cli.run("mail", "list", "--status", "bounced");

        assertThat(list.exitCode()).isEqualTo(2);
        assertThat(list.err()).contains("'bounced' is not one of queued, sent, failed, cancelled");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void showPrintsEachMailAsked() {
        Cli.Run show = cli.run("mail", "show", "2", "#1", "-o", "jsonl");

        assertThat(show.exitCode()).isZero();
        assertThat(server.requests).extracting(FakeKeypadServer.Request::path)
                .containsExactly("/api/v1/mails/2", "/api/v1/mails/1");
        assertThat(show.out().lines().map(JSON.std::mapFrom).toList())
                .containsExactly(server.mails.get(2), server.mails.get(1));
    }

    @Test
    void showOfAMailThatDoesNotExistExits3() {
        Cli.Run show = cli.run("mail", "show", "99");

        assertThat(show.exitCode()).isEqualTo(3);
        assertThat(show.err()).isEqualTo("keypad: there is no mail 99\n");
    }

    @Test
    void showGoesOnPastAMissingMailAndExits1NamingIt() {
        Cli.Run show = cli.run("mail", "show", "99", "1", "-o", "jsonl");

        assertThat(show.exitCode()).isEqualTo(1);
        assertThat(show.out().lines()).hasSize(1);
        assertThat(show.err()).endsWith("keypad: failed for 1 target: mail 99\n");
    }

    @Test
    void anIdThatIsNoNumberIsAUsageErrorNamingItBeforeAnythingIsSent() {
        for (String verb : List.of("show", "retry", "cancel")) {
            Cli.Run run = cli.run("mail", verb, "1", "seventeen", "-o", "csv");

            assertThat(run.exitCode()).as(verb).isEqualTo(2);
            assertThat(run.err()).as(verb).isEqualTo("keypad: mail id 'seventeen' is not a mail's number, such as 17\n");
            assertThat(run.out()).as(verb).isEmpty();
        }
        assertThat(server.requests).isEmpty();
    }

    @Test
    void anAuditorMayReadTheOutbox() {
        Cli.Run list = Cli.against(server, home).env("KEYPAD_TOKEN", FakeKeypadServer.AUDITOR_TOKEN)
                .run("mail", "list", "-o", "jsonl");

        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines()).hasSize(3);
    }
}
