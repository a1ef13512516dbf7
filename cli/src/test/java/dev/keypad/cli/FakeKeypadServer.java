package dev.keypad.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.jr.ob.JSON;

/**
 * A fake of the Keypad REST API (docs/api.md) on 127.0.0.1, for unit tests of the command line: users,
 * PINs, PIN policies, the mail outbox, tenant settings, conferencing users, the conference bridge, accounts
 * and the audit log in memory, every request recorded. Not the real server: the end-to-end test against that lives elsewhere.
 */
final class FakeKeypadServer implements AutoCloseable {

    static final String ADMIN_TOKEN = "admin-secret";
    static final String AUDITOR_TOKEN = "auditor-secret";

    /** A request as the server saw it. */
    record Request(String method, String path, Map<String, String> query, String contentType, String body) {
    }

    final FakeDirectory directory = new FakeDirectory();
    final FakeMails mails = new FakeMails(directory);
    final java.util.concurrent.atomic.AtomicInteger pinKeyVersion = new java.util.concurrent.atomic.AtomicInteger(1);
    final Map<String, Object> tenantSettings = new ConcurrentHashMap<>(Map.of("automaticallySendEmailsToUsers", true));
    final FakePins pins = new FakePins(directory, mails, tenantSettings);
    final FakePolicies policies = new FakePolicies(directory);
    final FakeConferencing conferencing = new FakeConferencing(directory, mails, tenantSettings);
    final FakeBridge bridge = new FakeBridge();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    final List<Map<String, Object>> audit = new CopyOnWriteArrayList<>();
    final List<Map<String, Object>> accounts = new CopyOnWriteArrayList<>();
    /** Accounts whose console sign-in failures blocked them. */
    final java.util.Set<String> blockedAccounts = java.util.concurrent.ConcurrentHashMap.newKeySet();
    volatile Map<String, Object> verdict = Map.of("intact", true, "records", 0);
    volatile Map<String, Object> importSummary;
    volatile Duration stall = Duration.ZERO;
    /** When set, every request fails with this status, as a broken server would. */
    volatile Integer failure;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpServer http;
    private final FakeRoutes routes = new FakeRoutes(this);

    FakeKeypadServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", this::handle);
        http.setExecutor(threads);
        http.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    FakeKeypadServer withUser(String sip, String displayName, String... fieldsAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sipAddress", sip);
        fields.put("displayName", displayName);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        directory.put(fields);
        return this;
    }

    /** The requests that would have changed something: anything but GET. */
    List<Request> changes() {
        return requests.stream().filter(request -> !request.method().equals("GET")).toList();
    }

    List<Request> requestsTo(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    query(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders().getFirst("Content-Type"),
                    body);
            requests.add(request);
            Thread.sleep(stall.toMillis());
            String token = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")).replace("Bearer ", "");
            FakeRoutes.Answer answer = failure != null ? FakeRoutes.problem(failure, "internal", "the database is down")
                    : switch (token) {
                case ADMIN_TOKEN -> routes.answer(request);
                case AUDITOR_TOKEN -> request.method().equals("GET") ? routes.answer(request)
                        : FakeRoutes.problem(403, "forbidden", "the role auditor may not do this");
                default -> FakeRoutes.problem(401, "unauthenticated", "the token is not valid");
            };
            send(exchange, answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, FakeRoutes.Answer answer) throws IOException {
        if (answer.body() == null) {
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        byte[] bytes = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES).asBytes(answer.body());
        exchange.getResponseHeaders().set("Content-Type", answer.status() >= 400
                ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
