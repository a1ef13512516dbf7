package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.jr.ob.JSON;

/** pin set, lock and unlock over many targets: chunks, what-if, confirm, force, and the SPEC §8 pipeline. */
class PinBulkCommandTests {

    @TempDir
    Path home;

    private FakeKeypadServer server;
    private Cli cli;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeKeypadServer()
                .withUser("sip:ken@litwareinc.com", "Ken Myer")
                .withUser("sip:pilar@litwareinc.com", "Pilar Ackerman")
                .withUser("sip:pia@litwareinc.com", "Pia Ackerman");
        cli = Cli.against(server, home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void identitiesFromStandardInputAreSent500PerRequest() {
        addUsers(1200);
        String jsonLines = IntStream.range(0, 1200)
                .mapToObj(i -> String.format("{\"identity\":\"sip:u%04d@litwareinc.com\",\"isLockedOut\":true}%n", i))
                .collect(Collectors.joining());

        Cli.Run lock = cli.stdin(jsonLines).run("pin", "lock", "--purpose", "phone", "-", "-o", "jsonl");

        assertThat(lock.exitCode()).isZero();
        assertThat(server.changes()).extracting(request -> identities(request).size()).containsExactly(500, 500, 200);
        assertThat(lock.out().lines()).hasSize(1200);
        assertThat(lock.err()).isEqualTo("changed 1200, unchanged 0, failed 0\n");
    }

    /**
     * SPEC §8's pipeline at scale: 100,000 identities from standard input reach the server 500 per request, and the
     * command reads standard input only as far as the chunk it is about to send (plus the readers' buffers), so it
     * never holds the whole input.
     */
    @Test
    void oneHundredThousandIdentitiesStreamThroughInChunks() {
        int count = 100_000;
        for (int i = 0; i < count; i++) {
            server.withUser(String.format("sip:s%06d@litwareinc.com", i), "Streamed " + i);
        }
        GeneratedLines stdin = new GeneratedLines(count);

        Cli.Run unlock = cli.stdin(stdin).run("pin", "unlock", "--purpose", "phone", "-", "-o", "jsonl");

        assertThat(unlock.exitCode()).as(unlock.err()).isZero();
        assertThat(unlock.err()).isEqualTo("changed 0, unchanged 100000, failed 0\n");
        assertThat(unlock.out().lines().count()).isEqualTo(count);
        List<FakeKeypadServer.Request> requests = server.changes();
        assertThat(requests).hasSize(count / 500).allSatisfy(request -> assertThat(identities(request)).hasSize(500));
        assertThat(identities(requests.get(199))).last().isEqualTo("s099999@litwareinc.com");
        // 16 KB of reader buffers hold about 710 lines of 23 bytes
        assertThat(stdin.mostAheadOfTheServer).as("lines read but not yet sent").isBetween(500, 500 + 750);
    }

    /**
     * Standard input that makes its lines only as they are read, {@code s000000@litwareinc.com} and on, and notes
     * how many more it has given out than the server has received in requests of 500.
     */
    private final class GeneratedLines extends InputStream {
        private final int lines;
        private int made;
        private byte[] line = new byte[0];
        private int next;
        int mostAheadOfTheServer;

        GeneratedLines(int lines) {
            this.lines = lines;
        }

        @Override
        public int read() {
            if (next == line.length) {
                if (made == lines) {
                    return -1;
                }
                line = String.format("s%06d@litwareinc.com%n", made++).getBytes(StandardCharsets.US_ASCII);
                next = 0;
                mostAheadOfTheServer = Math.max(mostAheadOfTheServer, made - 500 * server.changes().size());
            }
            return line[next++];
        }
    }

    @Test
    void eachChunkIsSentBeforeStandardInputEnds() throws Exception {
        addUsers(600);
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed, 1 << 16);
        CompletableFuture<Cli.Run> unlock = CompletableFuture.supplyAsync(
                () -> cli.stdin(stdin).run("pin", "unlock", "--purpose", "phone", "-"));

        feed.write(lines(0, 500).getBytes(StandardCharsets.UTF_8));
        feed.flush();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (server.changes().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(server.changes()).as("the first chunk, sent while standard input is still open").hasSize(1);
        feed.write(lines(500, 600).getBytes(StandardCharsets.UTF_8));
        feed.close();

        assertThat(unlock.get().exitCode()).isZero();
        assertThat(server.changes()).extracting(request -> identities(request).size()).containsExactly(500, 100);
    }

    @Test
    void onATerminalStandardErrorShowsTheProgressAndClearsItBeforeTheSummary() {
        addUsers(1200);
        server.stall = Duration.ofMillis(300); // every chunk takes longer than the quarter second between updates

        Cli.Run unlock = cli.errTerminal().stdin(lines(0, 1200)).run("pin", "unlock", "--purpose", "phone", "-",
                "-o", "jsonl");

        assertThat(unlock.exitCode()).isZero();
        assertThat(unlock.out().lines()).hasSize(1200);
        assertThat(unlock.err()).contains("\rpin unlock: 500 identities done, ")
                .contains("\rpin unlock: 1,000 identities done, ")
                .as("each line is rewritten in place and cleared before the results and the summary")
                .matches("(\rpin unlock: [\\d,]+ identities done, [\\d,.]+/s *\r +\r)+"
                        + "changed 0, unchanged 1200, failed 0\n");
    }

    @Test
    void withoutATerminalStandardErrorHasNoProgress() {
        addUsers(1200);
        server.stall = Duration.ofMillis(300);

        Cli.Run unlock = cli.stdin(lines(0, 1200)).run("pin", "unlock", "--purpose", "phone", "-");

        assertThat(unlock.exitCode()).isZero();
        assertThat(unlock.err()).isEqualTo("changed 0, unchanged 1200, failed 0\n");
    }

    @Test
    void aSelectionShowsNoProgressEvenOnATerminal() {
        server.stall = Duration.ofMillis(300);

        Cli.Run unlock = cli.errTerminal().run("pin", "unlock", "--purpose", "phone", "--where", "locked");

        assertThat(unlock.exitCode()).isZero();
        assertThat(unlock.err()).isEqualTo("changed 0, unchanged 0, failed 0\n");
    }

    @Test
    void whatIfSendsOneRequestWithWhatIfTrueAndPrintsWhatWouldChange() {
        Cli.Run lock = cli.run("pin", "lock", "ken@litwareinc.com", "P*", "--purpose", "phone", "--what-if", "-o", "jsonl");

        assertThat(lock.exitCode()).isZero();
        assertThat(server.requests).hasSize(1);
        assertThat(JSON.std.mapFrom(server.requests.get(0).body())).containsEntry("whatIf", true);
        assertThat(lock.out().lines().map(line -> JSON.std.mapFrom(line).get("outcome")))
                .containsExactly("would-change", "would-change", "would-change");
        assertThat(server.pins.state("phone", "ken@litwareinc.com").locked).isFalse();
        assertThat(lock.err()).isEqualTo("changed 0, unchanged 0, failed 0, would change 3\n");
    }

    @Test
    void whatIfExits0EvenWhenATargetWouldFail() {
        Cli.Run unlock = cli.run("pin", "unlock", "nobody", "--purpose", "phone", "--what-if");

        assertThat(unlock.exitCode()).isZero();
        assertThat(unlock.err()).contains("keypad: warning: nobody: No user matches the identity 'nobody'");
    }

    @Test
    void confirmAsksAboutWhatTheServerWouldChangeThenSendsOnlyTheApprovedUsers() {
        server.pins.state("phone", "pia@litwareinc.com").locked = true;
        server.pins.state("phone", "pilar@litwareinc.com").locked = true;

        Cli.Run unlock = cli.terminal("n", "y").run("pin", "unlock", "ken@litwareinc.com", "P*", "--purpose", "phone",
                "--confirm", "-o", "jsonl");

        assertThat(unlock.exitCode()).isZero();
        assertThat(cli.questions).containsExactly(
                "Unlock the phone PIN of sip:pia@litwareinc.com? [y]es/yes to [a]ll/[n]o/no to al[l]: ",
                "Unlock the phone PIN of sip:pilar@litwareinc.com? [y]es/yes to [a]ll/[n]o/no to al[l]: ");
        assertThat(server.changes()).extracting(request -> JSON.std.mapFrom(request.body()).get("whatIf"))
                .containsExactly(true, false);
        assertThat(identities(server.changes().get(1))).containsExactly("sip:pilar@litwareinc.com");
        assertThat(server.pins.state("phone", "pia@litwareinc.com").locked).isTrue();
        assertThat(server.pins.state("phone", "pilar@litwareinc.com").locked).isFalse();
        assertThat(unlock.err()).isEqualTo("changed 1, unchanged 1, failed 0, declined 1\n");
    }

    @Test
    void confirmQuitLeavesTheRestAlone() {
        Cli.Run set = cli.terminal("l").run("pin", "set", "P*", "--purpose", "voicemail", "--confirm");

        assertThat(cli.questions).hasSize(1);
        assertThat(server.changes()).hasSize(1);
        assertThat(set.err()).isEqualTo("changed 0, unchanged 0, failed 0, declined 2\n");
    }

    @Test
    void confirmWithoutATerminalRefusesBeforeSendingAnything() {
        Cli.Run lock = cli.run("pin", "lock", "ken@litwareinc.com", "--purpose", "phone", "--confirm");

        assertThat(lock.exitCode()).isEqualTo(2);
        assertThat(lock.err()).contains("--confirm needs a terminal");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void withoutTargetsEveryChangingCommandIsAUsageError() {
        for (String verb : List.of("set", "lock", "unlock")) {
            Cli.Run run = cli.run("pin", verb, "--purpose", "phone");
            assertThat(run.exitCode()).as(verb).isEqualTo(2);
            assertThat(run.err()).contains("there is no implicit 'everyone'");
        }
        assertThat(server.requests).isEmpty();
    }

    @Test
    void whereAloneIsASelectionOfEveryUserInThatState() {
        server.pins.state("phone", "pia@litwareinc.com").locked = true;

        Cli.Run unlock = cli.run("pin", "unlock", "--purpose", "phone", "--where", "locked");

        assertThat(unlock.exitCode()).isZero();
        assertThat(JSON.std.mapFrom(server.changes().get(0).body())).isEqualTo(Map.of("purpose", "phone",
                "selection", Map.of("where", "locked"), "whatIf", false));
        assertThat(unlock.err()).isEqualTo("changed 1, unchanged 0, failed 0\n");
    }

    @Test
    void forceReportsFailedTargetsAsWarningsAndExits1() {
        Cli.Run lock = cli.run("pin", "lock", "ken@litwareinc.com", "nobody", "--purpose", "phone", "--force");

        assertThat(lock.exitCode()).isEqualTo(1);
        assertThat(lock.err()).isEqualTo("keypad: warning: nobody: No user matches the identity 'nobody'\n"
                + "keypad: failed for 1 target: nobody\n"
                + "changed 1, unchanged 0, failed 1\n");
    }

    @Test
    void aLoneTargetThatNamesNobodyExits3() {
        assertThat(cli.run("pin", "unlock", "nobody", "--purpose", "phone").exitCode()).isEqualTo(3);
    }

    @Test
    void withoutForceAChunkWithAFailureIsTheLastOneSent() {
        addUsers(700);

        Cli.Run unlock = cli.stdin("nobody\n" + lines(0, 700)).run("pin", "unlock", "--purpose", "phone", "-");

        assertThat(unlock.exitCode()).isEqualTo(1);
        assertThat(server.changes()).hasSize(1);
        assertThat(unlock.err()).contains("stopped after a failure").contains("give --force");
    }

    @Test
    void lockedPinsFoundByPinInfoFlowIntoPinUnlock() {
        server.pins.state("phone", "pilar@litwareinc.com").locked = true;
        String jsonLines = cli.run("pin", "info", "--purpose", "phone", "-o", "jsonl").out();
        String locked = jsonLines.lines().filter(line -> Boolean.TRUE.equals(JSON.std.mapFrom(line).get("isLockedOut")))
                .collect(Collectors.joining("\n", "", "\n"));

        Cli.Run unlock = Cli.against(server, home).stdin(locked).run("pin", "unlock", "--purpose", "phone", "-");

        assertThat(unlock.exitCode()).isZero();
        assertThat(identities(server.changes().get(0))).containsExactly("sip:pilar@litwareinc.com");
        assertThat(server.pins.state("phone", "pilar@litwareinc.com").locked).isFalse();
    }

    private void addUsers(int count) {
        for (int i = 0; i < count; i++) {
            server.withUser(String.format("sip:u%04d@litwareinc.com", i), "User " + i);
        }
    }

    private static String lines(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> String.format("u%04d@litwareinc.com%n", i))
                .collect(Collectors.joining());
    }

    @SuppressWarnings("unchecked")
    private static List<String> identities(FakeKeypadServer.Request request) {
        return (List<String>) JSON.std.mapFrom(request.body()).get("identities");
    }
}
