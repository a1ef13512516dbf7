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

class OutputFormatTests {

    @TempDir
    Path home;

    private FakeKeypadServer server;
    private Cli cli;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer()
                .withUser("sip:ken@litwareinc.com", "Ken Myer", "extension", "0100", "site", "Redmond",
                        "title", "Manager", "department", "Finance")
                .withUser("sip:pilar@litwareinc.com", "Ackerman, Pilar \"PA\"", "site", "Redmond");
        cli = Cli.against(server, home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void tablePrintsAlignedColumnsOfTheMainFields() {
        Cli.Run list = cli.run("user", "list");

        assertThat(list.out().lines().toList()).containsExactly(
                "identity                  displayName           extension  site     title    department",
                "sip:ken@litwareinc.com    Ken Myer              0100       Redmond  Manager  Finance",
                "sip:pilar@litwareinc.com  Ackerman, Pilar \"PA\"             Redmond");
    }

    @Test
    void jsonPrintsOneArrayWithEveryFieldUnderTheServersNames() {
        Cli.Run list = cli.run("user", "list", "-o", "json");

        List<Object> users = JSON.std.listFrom(list.out());
        assertThat(users).hasSize(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> ken = (Map<String, Object>) users.get(0);
        assertThat(ken).containsEntry("sipAddress", "sip:ken@litwareinc.com").containsEntry("extension", "0100")
                .containsEntry("email", null).containsKeys("identity", "userPrincipalName", "createdAt");
    }

    @Test
    void jsonlPrintsOneObjectPerLine() {
        Cli.Run list = cli.run("user", "list", "-o", "jsonl");

        assertThat(list.out().lines().map(line -> JSON.std.mapFrom(line).get("identity")))
                .containsExactly("sip:ken@litwareinc.com", "sip:pilar@litwareinc.com");
    }

    @Test
    void csvPrintsTheImportColumnsWithRfc4180Quoting() {
        Cli.Run list = cli.run("user", "list", "-o", "csv");

        assertThat(list.out().split("\r\n", -1)).containsExactly(
                "sipAddress,displayName,userPrincipalName,logonName,distinguishedName,email,lineUri,extension,site,"
                        + "title,department,city,company",
                "sip:ken@litwareinc.com,Ken Myer,,,,,,0100,Redmond,Manager,Finance,,",
                "sip:pilar@litwareinc.com,\"Ackerman, Pilar \"\"PA\"\"\",,,,,,,Redmond,,,,",
                "");
    }

    @Test
    void singleResultCommandsPrintOneJsonObject() {
        Cli.Run add = cli.run("user", "add", "--sip", "anna@litwareinc.com", "--name", "Anna Lidman", "-o", "json");

        assertThat(JSON.std.mapFrom(add.out())).containsEntry("identity", "sip:anna@litwareinc.com");
    }

    @Test
    void emptyListingsStayValidInEveryFormat() {
        assertThat(cli.run("user", "list", "--site", "Nowhere", "-o", "json").out()).isEqualTo("[]\n");
        assertThat(cli.run("user", "list", "--site", "Nowhere", "-o", "jsonl").out()).isEmpty();
        assertThat(cli.run("user", "list", "--site", "Nowhere", "-o", "csv").out()).startsWith("sipAddress,").hasLineCount(1);
        assertThat(cli.run("user", "list", "--site", "Nowhere").out()).isEmpty();
    }

    @Test
    void rejectsAnUnknownFormatAsAUsageError() {
        Cli.Run list = cli.run("user", "list", "-o", "xml");

        assertThat(list.exitCode()).isEqualTo(2);
        assertThat(list.err()).contains("'xml' is not one of table, json, jsonl, csv");
        assertThat(server.requests).isEmpty();
    }
}
