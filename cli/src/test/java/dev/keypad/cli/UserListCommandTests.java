package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserListCommandTests {

    @TempDir
    Path home;

    private FakeKeypadServer server;
    private Cli cli;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer();
        for (int i = 0; i < 2500; i++) {
            server.withUser(String.format("sip:user%04d@litwareinc.com", i), "User " + i, "site", i % 2 == 0 ? "Even" : "Odd");
        }
        cli = Cli.against(server, home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void followsTheNextCursorPageAfterPage() {
        Cli.Run list = cli.run("user", "list", "-o", "jsonl");

        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines()).hasSize(2500).doesNotHaveDuplicates();
        assertThat(server.requests).extracting(request -> request.query().get("after"))
                .containsExactly(null, "sip:user0999@litwareinc.com", "sip:user1999@litwareinc.com");
        assertThat(server.requests).allSatisfy(request -> assertThat(request.query()).containsEntry("limit", "1000"));
    }

    @Test
    void tablePrintsTheHeaderOnceAcrossPages() {
        Cli.Run list = cli.run("user", "list");

        assertThat(list.out().lines().filter(line -> line.startsWith("identity"))).hasSize(1);
        assertThat(list.out().lines()).hasSize(2501);
    }

    @Test
    void passesTheSelectionToTheServer() {
        Cli.Run list = cli.run("user", "list", "--ou", "OU=Redmond,DC=litwareinc,DC=com", "--ldap-filter",
                "(&(title=Manager)(l=Redmond))", "--site", "Odd", "--result-size", "3", "-o", "jsonl");

        assertThat(list.out().lines()).hasSize(3);
        assertThat(server.requests.get(0).query()).containsEntry("ou", "OU=Redmond,DC=litwareinc,DC=com")
                .containsEntry("ldapFilter", "(&(title=Manager)(l=Redmond))").containsEntry("site", "Odd")
                .containsEntry("resultSize", "3");
    }
}
