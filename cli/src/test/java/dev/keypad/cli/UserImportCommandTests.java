package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.jr.ob.JSON;

class UserImportCommandTests {

    private static final String CSV = "sipAddress,displayName,extension\r\n"
            + "sip:ken@litwareinc.com,Ken Myer,0100\r\n"
            + "sip:anna@litwareinc.com,,0200\r\n";

    @TempDir
    Path home;

    private FakeKeypadServer server;
    private Cli cli;
    private Path file;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer();
        server.importSummary = Map.of("created", 1, "updated", 0, "unchanged", 0, "failed", 0, "errors", List.of());
        cli = Cli.against(server, home);
        file = Files.writeString(home.resolve("users.csv"), CSV);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void sendsTheFileAsTextCsvAndPrintsTheSummary() {
        Cli.Run imported = cli.run("user", "import", file.toString(), "-o", "json");

        assertThat(imported.exitCode()).isZero();
        FakeKeypadServer.Request request = server.changes().get(0);
        assertThat(request.path()).isEqualTo("/api/v1/users/import");
        assertThat(request.contentType()).startsWith("text/csv");
        assertThat(request.body()).isEqualTo(CSV);
        assertThat(JSON.std.mapFrom(imported.out())).containsEntry("created", 1).containsEntry("failed", 0);
    }

    @Test
    void readsTheCsvFromStandardInputForDash() {
        Cli.Run imported = cli.stdin(CSV).run("user", "import", "-");

        assertThat(imported.exitCode()).isZero();
        assertThat(server.changes().get(0).body()).isEqualTo(CSV);
    }

    @Test
    void onATerminalStandardErrorShowsTheLinesSent() throws Exception {
        StringBuilder csv = new StringBuilder("sipAddress,displayName\r\n");
        for (int i = 0; i < 3999; i++) {
            csv.append("sip:u").append(i).append("@litwareinc.com,User ").append(i).append("\r\n");
        }

        Cli.Run imported = cli.errTerminal().stdin(slowly(csv.toString())).run("user", "import", "-");

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.err()).contains("\ruser import: ")
                .matches("(\ruser import: [\\d,]+ lines sent, [\\d,.]+/s *)+\r +\r");
        assertThat(server.changes().get(0).body()).isEqualTo(csv.toString());
    }

    /** Standard input that arrives 4 KB at a time, 20 ms apart, as from a slow pipe. */
    private static InputStream slowly(String text) {
        return new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException();
                }
                return super.read(bytes, offset, Math.min(length, 4096));
            }
        };
    }

    @Test
    void printsEachFailedLineAndExits1() {
        server.importSummary = Map.of("created", 1, "updated", 0, "unchanged", 0, "failed", 1,
                "errors", List.of(Map.of("line", 3, "reason", "displayName is required")));

        Cli.Run imported = cli.run("user", "import", file.toString());

        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.out().lines()).containsExactly("created  updated  unchanged  failed", "1        0        0          1");
        assertThat(imported.err()).contains("keypad: line 3: displayName is required").contains("1 row failed");
    }

    @Test
    void whatIfNamesTheFileAndSendsNothing() {
        Cli.Run imported = cli.run("user", "import", file.toString(), "--what-if");

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("What if: POST " + server.uri() + "/api/v1/users/import")
                .contains("users.csv, " + CSV.length() + " bytes");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void aMissingFileIsAUsageError() {
        Cli.Run imported = cli.run("user", "import", home.resolve("missing.csv").toString());

        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err()).contains("missing.csv: no such file");
        assertThat(server.requests).isEmpty();
    }
}
