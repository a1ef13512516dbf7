package dev.keypad.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Phone sign-ins against a real server, as a gateway sends them: users with known phone PINs, a
 * gateway account, and a closed loop of concurrent clients over HTTP. Most attempts carry the right
 * PIN of a random user, so the per-PIN row lock is rarely contended; {@value #WRONG_PERCENT} % carry
 * another user's PIN, spread over all users, far too few to reach any lockout limit. Immutable once
 * prepared; each {@link #run} has its own HTTP client and threads.
 */
final class SignInLoad {

    static final int WRONG_PERCENT = 5;
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private final URI signIn;
    private final String gatewayToken;
    private final List<String> rightBodies;
    private final List<String> wrongBodies;
    private final JsonMapper json = JsonMapper.builder().build();

    private SignInLoad(URI signIn, String gatewayToken, List<String> rightBodies, List<String> wrongBodies) {
        this.signIn = signIn;
        this.gatewayToken = gatewayToken;
        this.rightBodies = rightBodies;
        this.wrongBodies = wrongBodies;
    }

    /**
     * Imports the directory's users, gives each a unique 7-digit phone PIN through {@code POST /pins/set}
     * (drawing again when the policy refuses one) and creates a gateway account.
     */
    static SignInLoad prepare(KeypadRun server, SyntheticDirectory directory, Path csv) throws IOException, InterruptedException {
        directory.writeCsv(csv);
        server.importCsv(csv, directory.count());
        SplittableRandom random = new SplittableRandom(20261124L);
        Set<String> used = new HashSet<>();
        List<String> identities = new ArrayList<>();
        List<String> pins = new ArrayList<>();
        for (Iterator<SyntheticUser> users = directory.users(); users.hasNext(); ) {
            String identity = users.next().sipAddress();
            String pin = setPin(server, identity, random, used);
            identities.add(identity);
            pins.add(pin);
        }
        String token = server.createAccount("bench-gateway", "gateway");
        JsonMapper json = JsonMapper.builder().build();
        List<String> right = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < identities.size(); i++) {
            right.add(json.writeValueAsString(Map.of("purpose", "phone", "identity", identities.get(i), "pin", pins.get(i))));
            // The next user's PIN: unique PINs make it wrong for this one.
            wrong.add(json.writeValueAsString(Map.of("purpose", "phone", "identity", identities.get(i),
                    "pin", pins.get((i + 1) % pins.size()))));
        }
        return new SignInLoad(URI.create(server.baseUrl() + "/phone/sign-in"), token, right, wrong);
    }

    private static String setPin(KeypadRun server, String identity, SplittableRandom random, Set<String> used)
            throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            String pin = String.valueOf(random.nextInt(1_000_000, 10_000_000));
            if (!used.add(pin)) {
                continue;
            }
            JsonNode answer = server.post("/pins/set", Map.of("purpose", "phone", "identities", List.of(identity), "pin", pin,
                    "mustChange", false), Duration.ofMinutes(1));
            if (answer.get("changed").asInt() == 1) {
                return pin;
            }
        }
        throw new IllegalStateException("The phone policy refused 20 random 7-digit PINs for " + identity);
    }

    /** Sign-ins from {@code clients} threads, each with its own connection, for the warm-up and the window. */
    ClosedLoop.Result run(int clients, Duration warmUp, Duration window) throws InterruptedException {
        ExecutorService httpPool = Executors.newFixedThreadPool(clients);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(httpPool)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try {
            return ClosedLoop.run(clients, warmUp, window, random -> {
                int user = random.nextInt(rightBodies.size());
                boolean right = random.nextInt(100) >= WRONG_PERCENT;
                return signIn(http, right ? rightBodies.get(user) : wrongBodies.get(user), right ? "accepted" : "rejected");
            });
        } finally {
            httpPool.shutdownNow();
        }
    }

    private boolean signIn(HttpClient http, String body, String expected) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(signIn).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + gatewayToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST /phone/sign-in answered " + response.statusCode() + ": " + response.body());
        }
        return expected.equals(json.readTree(response.body()).get("outcome").asString());
    }
}
