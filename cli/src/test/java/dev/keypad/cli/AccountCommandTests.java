package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.jr.ob.JSON;

class AccountCommandTests {

    @TempDir
    Path home;

    private FakeKeypadServer server;
    private Cli cli;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer();
        server.accounts.add(Map.of("name", "admin", "role", "administrator", "createdAt", "2026-11-24T19:00:00Z"));
        cli = Cli.against(server, home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void addPrintsTheNewTokenOnce() {
        Cli.Run add = cli.run("account", "add", "pbx", "--role", "gateway", "-o", "json");

        assertThat(add.exitCode()).isZero();
        assertThat(JSON.std.mapFrom(server.changes().get(0).body())).isEqualTo(Map.of("name", "pbx", "role", "gateway"));
        assertThat(JSON.std.mapFrom(add.out())).containsEntry("token", "new-token-for-pbx");
        assertThat(add.err()).contains("not shown again");
    }

    @Test
    void addRejectsAnUnknownRoleWithoutSendingAnything() {
        Cli.Run add = cli.run("account", "add", "pbx", "--role", "root");

        assertThat(add.exitCode()).isEqualTo(2);
        assertThat(add.err()).contains("--role 'root' is not one of administrator, helpdesk, auditor, gateway");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void listPrintsTheAccounts() {
        cli.run("account", "add", "pbx", "--role", "gateway");

        Cli.Run list = cli.run("account", "list");

        assertThat(list.out().lines()).containsExactly(
                "name   role           createdAt",
                "admin  administrator  2026-11-24T19:00:00Z",
                "pbx    gateway        2026-11-24T20:00:00Z");
    }

    @Test
    void removeDeletesTheAccountUnlessWhatIf() {
        Cli.Run whatIf = cli.run("account", "remove", "admin", "--what-if");
        assertThat(whatIf.out()).isEqualTo("What if: DELETE " + server.uri() + "/api/v1/accounts/admin\n");
        assertThat(server.accounts).hasSize(1);

        Cli.Run remove = cli.run("account", "remove", "admin");
        assertThat(remove.exitCode()).isZero();
        assertThat(server.accounts).isEmpty();
    }

    @Test
    void unblockLiftsABlockAndSaysWhenThereWasNone() {
        server.blockedAccounts.add("admin");
        Cli.Run whatIf = cli.run("account", "unblock", "admin", "--what-if");
        assertThat(whatIf.out()).isEqualTo("What if: POST " + server.uri() + "/api/v1/accounts/admin/unblock\n");
        assertThat(server.blockedAccounts).contains("admin");

        Cli.Run unblocked = cli.run("account", "unblock", "admin");
        assertThat(unblocked.exitCode()).isZero();
        assertThat(unblocked.err()).contains("may sign in to the console again now");
        assertThat(server.blockedAccounts).isEmpty();

        Cli.Run again = cli.run("account", "unblock", "admin");
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("was not blocked; nothing changed");
        assertThat(cli.run("account", "unblock", "nobody").exitCode()).isEqualTo(3);
    }
}
