package dev.keypad.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.keypad.KeypadApplication;
import dev.keypad.directory.Selection;
import dev.keypad.directory.SelectionSql;
import dev.keypad.directory.Users;

/**
 * A real Keypad server, started in this JVM the way production starts it, on a fresh database, and
 * driven only through its REST API, as the CLI would. {@link #post} and {@link #get} may be called
 * from several threads at once; the rest is not thread-safe.
 */
final class KeypadRun implements AutoCloseable {

    private static final String TOKEN = "kp_bench-administrator-token-0123456789";
    private static final Duration IMPORT_TIMEOUT = Duration.ofHours(4);
    private static final int PAGE = 1000;

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String rootUrl;
    private final String baseUrl;

    private KeypadRun(ConfigurableApplicationContext context) {
        this.context = context;
        this.rootUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        this.baseUrl = rootUrl + "/api/v1";
    }

    /** Starts a server whose data folder (keys, files) is {@code dataFolder}; Flyway creates the schema. */
    static KeypadRun start(BenchDatabase.Target database, Path dataFolder) {
        return start(database, dataFolder, Map.of());
    }

    /**
     * Like {@link #start(BenchDatabase.Target, Path)}, with more server properties, e.g.
     * {@code keypad.smtp.host}; they are passed as command-line arguments, as an operator would.
     */
    static KeypadRun start(BenchDatabase.Target database, Path dataFolder, Map<String, String> properties) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=",
                "--keypad.data-folder=" + dataFolder,
                "--KEYPAD_BOOTSTRAP_TOKEN=" + TOKEN));
        properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return new KeypadRun(new SpringApplication(KeypadApplication.class).run(arguments.toArray(String[]::new)));
    }

    /**
     * Streams the file to {@code POST /users/import} and times it up to the report.
     *
     * @throws IllegalStateException unless the report says every row was created
     */
    Measurement importCsv(Path csv, int expectedUsers) throws IOException, InterruptedException {
        HttpRequest request = request("/users/import").timeout(IMPORT_TIMEOUT)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Measurement measurement = Measurement.since(start, expectedUsers);
        JsonNode report = response.statusCode() == 200 ? json.readTree(response.body()) : null;
        if (report == null || report.get("created").asLong() != expectedUsers || report.get("failed").asLong() != 0) {
            throw new IllegalStateException("The import of " + expectedUsers + " users answered " + response.statusCode()
                    + ": " + abbreviated(response.body()));
        }
        return measurement;
    }

    /**
     * Reads a whole selection page by page, following {@code next}, and times it; stops after the page
     * that exceeds the budget, so one pathological selection cannot hold up the whole run.
     *
     * @throws IllegalStateException when a page fails or the pages are not in strictly ascending SIP order
     */
    Measurement select(Query query, Duration budget) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long rows = 0;
        String last = "";
        String after = null;
        do {
            String uri = "/users?" + query.apiParameter() + "=" + encode(query.apiValue()) + "&limit=" + PAGE
                    + (after == null ? "" : "&after=" + encode(after));
            HttpResponse<String> response = http.send(request(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": "
                        + abbreviated(response.body()));
            }
            JsonNode page = json.readTree(response.body());
            for (JsonNode user : page.get("items")) {
                String sip = user.get("sipAddress").asString();
                if (sip.compareTo(last) <= 0) {
                    throw new IllegalStateException(query.label() + ": " + sip + " came after " + last + " at row " + rows);
                }
                last = sip;
                rows++;
            }
            after = page.get("next").isNull() ? null : page.get("next").asString();
            if (after != null && System.nanoTime() - start > budget.toNanos()) {
                return Measurement.stoppedSince(start, rows);
            }
        } while (after != null);
        return Measurement.since(start, rows);
    }

    /**
     * Sends a JSON body to the API as the administrator and waits for the answer.
     *
     * @param body    a value Jackson writes as JSON (maps, lists, strings, numbers)
     * @param timeout how long the server may take
     * @throws IllegalStateException unless the server answers 200 or 201
     */
    JsonNode post(String path, Object body, Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = request(path).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                    + abbreviated(response.body()));
        }
        return json.readTree(response.body());
    }

    /**
     * Reads a JSON answer of the API as the administrator, e.g. {@code get("/mails?status=queued&limit=1")}.
     *
     * @throws IllegalStateException unless the server answers 200
     */
    JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(pathAndQuery).timeout(Duration.ofMinutes(1)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + pathAndQuery + " answered " + response.statusCode() + ": "
                    + abbreviated(response.body()));
        }
        return json.readTree(response.body());
    }

    /**
     * The body of an API answer as the administrator, unparsed, for callers that time a page without
     * the client's JSON parsing, e.g. {@code getText("/users?ou=…&limit=50")}.
     *
     * @throws IllegalStateException unless the server answers 200
     */
    String getText(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(pathAndQuery).timeout(Duration.ofMinutes(1)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + pathAndQuery + " answered " + response.statusCode() + ": "
                    + abbreviated(response.body()));
        }
        return response.body();
    }

    /** A console session of the bootstrap administrator, signed in with its API token as the password. */
    ConsoleSession signInToConsole() throws IOException, InterruptedException {
        return ConsoleSession.signIn(rootUrl, "admin", TOKEN);
    }

    /** Creates an account with {@code POST /accounts} and returns its token. */
    String createAccount(String name, String role) throws IOException, InterruptedException {
        return post("/accounts", Map.of("name", name, "role", role), Duration.ofMinutes(1)).get("token").asString();
    }

    /** The API's root, e.g. {@code http://127.0.0.1:41234/api/v1}, for clients of their own. */
    String baseUrl() {
        return baseUrl;
    }

    /**
     * The server's own SQL for a page of the selection, as {@code GET /users} runs it.
     *
     * @param afterSipKey the last SIP key of the previous page, or null for the first page
     */
    SelectionSql selectionSql(Query query, String afterSipKey) {
        boolean ou = query.apiParameter().equals("ou");
        Selection selection = Selection.of(ou ? query.apiValue() : null, ou ? null : query.apiValue(), null, null);
        return context.getBean(Users.class).sql(selection, afterSipKey);
    }

    @Override
    public void close() {
        context.close();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + TOKEN);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
