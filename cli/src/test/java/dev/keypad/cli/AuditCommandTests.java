package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.jr.ob.JSON;

class AuditCommandTests {

    @TempDir
    Path home;

    private FakeKeypadServer server;
    private Cli cli;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer();
        for (int seq = 1; seq <= 2100; seq++) {
            server.audit.add(Map.of("seq", seq, "at", "2026-11-24T20:00:00Z", "actor", "admin",
                    "action", seq % 3 == 0 ? "user.remove" : "user.add", "target", "sip:u" + seq + "@litwareinc.com",
                    "source", "127.0.0.1", "outcome", "success", "details", Map.of("n", seq)));
        }
        cli = Cli.against(server, home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void listFollowsTheNextCursorToTheEnd() {
        Cli.Run list = cli.run("audit", "list", "-o", "jsonl");

        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines()).hasSize(2100);
        assertThat(server.requests).hasSize(3);
    }

    @Test
    void listPassesFiltersAndStopsAtTheLimit() {
        Cli.Run list = cli.run("audit", "list", "--action", "user.remove", "--since", "2026-11-24T00:00:00Z",
                "--target", "sip:u3@litwareinc.com", "--actor", "admin", "--limit", "5", "-o", "csv");

        assertThat(list.out().split("\r\n")).hasSize(6)
                .startsWith("seq,at,actor,action,target,source,outcome,details",
                        "3,2026-11-24T20:00:00Z,admin,user.remove,sip:u3@litwareinc.com,127.0.0.1,success,\"{\"\"n\"\":3}\"");
        assertThat(server.requests.get(0).query()).containsEntry("action", "user.remove")
                .containsEntry("since", "2026-11-24T00:00:00Z").containsEntry("target", "sip:u3@litwareinc.com")
                .containsEntry("actor", "admin").containsEntry("limit", "5");
    }

    @Test
    void verifyExits0WhenTheLogIsIntact() {
        server.verdict = Map.of("intact", true, "records", 2100);

        Cli.Run verify = cli.run("audit", "verify", "-o", "json");

        assertThat(verify.exitCode()).isZero();
        assertThat(JSON.std.mapFrom(verify.out())).containsEntry("intact", true).containsEntry("records", 2100);
    }

    @Test
    void verifyExits1AndNamesTheProblemWhenTheLogWasTamperedWith() {
        server.verdict = Map.of("intact", false, "records", 2100, "firstBadSeq", 17, "problem", "hash mismatch");

        Cli.Run verify = cli.run("audit", "verify");

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains("false").contains("17");
        assertThat(verify.err()).isEqualTo("keypad: the audit log is not intact at record 17: hash mismatch\n");
    }
}
