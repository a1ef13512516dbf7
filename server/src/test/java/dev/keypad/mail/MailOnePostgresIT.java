package dev.keypad.mail;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.keypad.testing.Api;
import dev.keypad.testing.Database;
import dev.keypad.testing.KeypadServer;
import dev.keypad.testing.Mailbox;
import dev.keypad.testing.ServerProcess;

/**
 * Delivery once, with several servers on one PostgreSQL database (SPEC §5, §8): two relays
 * competing for one outbox send each mail once, and a server killed while sending leaves its
 * mails to the next server, which sends them once its claim runs out.
 */
class MailOnePostgresIT {

    private static final String DOMAIN = "once.test";

    @Test
    void twoServersOnOneDatabaseSendEachMailOnce() throws Exception {
        try (Mailbox mailbox = new Mailbox()) {
            Map<String, Object> properties = new HashMap<>(mailbox.serverProperties());
            properties.put("keypad.mail.batch-size", "5"); // small claims, so both relays take turns
            try (KeypadServer first = KeypadServer.start(Database.POSTGRES, properties);
                 KeypadServer second = first.startAnother(properties)) {
                List<String> users = IntStream.range(0, 120).mapToObj(i -> aUser("twice" + i, DOMAIN)
                        .with("email", "twice" + i + "@litwareinc.com").addTo(first)).toList();
                // Each server queues half, at the same time, so each relay is woken for mails the other may take.
                CompletableFuture<Integer> viaFirst = CompletableFuture.supplyAsync(() -> reset(first.admin(), users.subList(0, 60)));
                CompletableFuture<Integer> viaSecond = CompletableFuture.supplyAsync(() -> reset(second.admin(), users.subList(60, 120)));
                assertThat(viaFirst.get() + viaSecond.get()).isEqualTo(120);

                Mailbox.eventually(() -> mailbox.received().size() >= 120, Duration.ofSeconds(30), "waiting for 120 mails");
                Map<String, Long> perMessageId = mailbox.received().stream()
                        .collect(Collectors.groupingBy(Mailbox.Received::messageId, Collectors.counting()));
                assertThat(perMessageId).hasSize(120);
                assertThat(perMessageId.values()).as("each mail once").containsOnly(1L);
                Mailbox.eventually(() -> first.jdbc().queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = 'sent'",
                        Integer.class) == 120, Duration.ofSeconds(10), "waiting for the outbox to record 120 deliveries");
                assertThat(first.jdbc().queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE secret IS NOT NULL", Integer.class)).isZero();
                System.out.println("Mails sent per server: " + first.jdbc().queryForList(
                        "SELECT claimed_by, COUNT(*) AS mails FROM mail_outbox GROUP BY claimed_by"));
            }
        }
    }

    /**
     * A packaged server is killed with SIGKILL while it waits for an SMTP server that never
     * answers: one mail is claimed, one is committed but not yet claimed. The next server sends the
     * unclaimed one at once and the claimed one when the dead server's lease runs out; each once.
     */
    @Test
    void aServerKilledBetweenCommitAndDeliveryLeavesItsMailsToTheNext() throws Exception {
        String url = Database.POSTGRES.newDatabaseUrl();
        Path dataFolder = Files.createTempDirectory("keypad-killed");
        try (Mailbox mailbox = new Mailbox(); SilentSmtp silent = new SilentSmtp()) {
            List<Long> ids = new ArrayList<>();
            try (ServerProcess doomed = ServerProcess.start(Map.of("KEYPAD_DATA", dataFolder.toString(), "KEYPAD_DB_URL", url,
                            "KEYPAD_DB_USER", Database.POSTGRES.user(), "KEYPAD_BOOTSTRAP_TOKEN", KeypadServer.ADMIN_TOKEN,
                            "KEYPAD_SMTP_HOST", "127.0.0.1", "KEYPAD_SMTP_PORT", Integer.toString(silent.port())),
                    List.of("--keypad.smtp.timeout-seconds=300", "--keypad.mail.batch-size=1", "--keypad.argon2.memory-kib=8192",
                            "--keypad.argon2.iterations=1"))) {
                Api api = doomed.api(KeypadServer.ADMIN_TOKEN);
                for (String name : List.of("claimed", "unclaimed")) {
                    api.post("/api/v1/users", aUser(name, DOMAIN).with("email", name + "@litwareinc.com").build());
                    ids.add(api.post("/api/v1/pins/set", Map.of("purpose", "phone", "identities", List.of("sip:" + name + "@" + DOMAIN)))
                            .json().get("results").get(0).get("mail").get("id").asLong());
                }
                Mailbox.eventually(silent::connected, Duration.ofSeconds(20), "waiting for the doomed server to call SMTP");
                doomed.kill();
            }
            try (KeypadServer next = KeypadServer.attach(Database.POSTGRES, url, dataFolder, mailbox.serverProperties())) {
                Map<String, Object> claimed = row(next, ids.get(0));
                assertThat(claimed.get("attempts")).as("claimed by the dead server").isEqualTo(1);
                assertThat(claimed.get("secret")).as("still holds its PIN").isNotNull();

                mailbox.await("unclaimed@litwareinc.com", 1);
                assertThat(next.jdbc().queryForObject("SELECT next_attempt_at FROM mail_outbox WHERE id = ?", OffsetDateTime.class,
                        ids.get(0)).toInstant())
                        .as("the dead server's claim still holds").isAfter(next.clock().instant());
                assertThat(mailbox.to("claimed@litwareinc.com")).isEmpty();

                next.clock().advance(Duration.ofMinutes(3)); // past the 2-minute lease
                mailbox.await("claimed@litwareinc.com", 1);
                Mailbox.eventually(() -> "sent".equals(row(next, ids.get(0)).get("status")), Duration.ofSeconds(10),
                        "waiting for the outbox to record the delivery");
                assertThat(row(next, ids.get(0)).get("secret")).isNull();
                assertThat(mailbox.received()).as("each mail once").hasSize(2);
            }
        }
    }

    private static int reset(Api api, List<String> users) {
        return api.post("/api/v1/pins/set", Map.of("purpose", "phone", "identities", users)).json().get("changed").asInt();
    }

    private static Map<String, Object> row(KeypadServer server, long id) {
        return server.jdbc().queryForMap("SELECT status, attempts, secret FROM mail_outbox WHERE id = ?", id);
    }

    /** An SMTP server that accepts connections and never says a word, like a hung mail host. */
    private static final class SilentSmtp implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();

        SilentSmtp() throws IOException {
            socket = new ServerSocket(0);
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(socket.accept());
                    }
                } catch (IOException closed) {
                    // closed at the end of the test
                }
            }, "silent-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        boolean connected() {
            return !accepted.isEmpty();
        }

        @Override
        public void close() {
            try {
                socket.close();
                for (Socket connection : accepted) {
                    connection.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
