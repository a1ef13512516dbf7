package dev.keypad.cli;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.jr.ob.JSON;

/** What {@link FakeKeypadServer} answers to each request of docs/api.md, once the token is accepted. */
final class FakeRoutes {

    /** @param body null for 204 No Content */
    record Answer(int status, Object body) {
    }

    private final FakeKeypadServer server;

    FakeRoutes(FakeKeypadServer server) {
        this.server = server;
    }

    static Answer problem(int status, String kind, String detail, Object... members) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://keypad.dev/problems/" + kind);
        problem.put("status", status);
        problem.put("detail", detail);
        for (int i = 0; i < members.length; i += 2) {
            problem.put((String) members[i], members[i + 1]);
        }
        return new Answer(status, problem);
    }

    Answer answer(FakeKeypadServer.Request request) {
        String route = request.method() + " " + request.path().replaceFirst("^/api/v1", "");
        String last = URLDecoder.decode(route.substring(route.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
        Map<String, String> query = request.query();
        String path = request.path().replaceFirst("^/api/v1", "");
        if (path.startsWith("/pins") || path.startsWith("/phone/")) {
            return server.pins.answer(request.method(), path, query, request.body());
        }
        if (path.startsWith("/policies")) {
            return server.policies.answer(request.method(), path, query, request.body());
        }
        if (path.startsWith("/conferencing/users")) {
            return server.conferencing.answer(request.method(), path, query, request.body());
        }
        if (path.startsWith("/conference/")) {
            return server.bridge.answer(request.method(), path, request.body());
        }
        if (path.startsWith("/mails")) {
            return server.mails.answer(request.method(), path, query);
        }
        if (request.method().equals("POST") && path.matches("/accounts/[^/]+/unblock")) {
            String name = URLDecoder.decode(path.split("/")[2], StandardCharsets.UTF_8);
            boolean blocked = server.blockedAccounts.remove(name);
            return server.accounts.stream().anyMatch(account -> account.get("name").equals(name))
                    ? new Answer(200, Map.of("name", name, "unblocked", blocked)) : problem(404, "not-found", "no account " + name);
        }
        return switch (route.startsWith("PATCH /users/") || route.startsWith("DELETE /users/")
                || route.startsWith("DELETE /accounts/") ? route.substring(0, route.lastIndexOf('/')) : route) {
            case "GET /whoami" -> new Answer(200, Map.of("account", "admin", "role", "administrator"));
            case "GET /users" -> query.containsKey("identity") ? identity(query.get("identity"))
                    : new Answer(200, server.directory.page(query.get("site"), query.get("after"),
                            Integer.parseInt(query.getOrDefault("limit", "100")),
                            Integer.parseInt(query.getOrDefault("resultSize", "1000000"))));
            case "POST /users" -> add(JSON.std.mapFrom(request.body()));
            case "PATCH /users" -> change(last, JSON.std.mapFrom(request.body()));
            case "DELETE /users" -> server.directory.remove(last) ? new Answer(204, null) : notFound(last);
            case "POST /users/import" -> new Answer(200, server.importSummary);
            case "GET /tenant-settings" -> new Answer(200, server.tenantSettings);
            case "POST /pin-keys/rotate" -> new Answer(200, Map.of("currentVersion", server.pinKeyVersion.incrementAndGet()));
            case "PATCH /tenant-settings" -> changeSettings(JSON.std.mapFrom(request.body()));
            case "GET /audit" -> audit(query);
            case "GET /audit/verify" -> new Answer(200, server.verdict);
            case "GET /accounts" -> new Answer(200, Map.of("items", server.accounts));
            case "POST /accounts" -> addAccount(JSON.std.mapFrom(request.body()));
            case "DELETE /accounts" -> server.accounts.removeIf(account -> account.get("name").equals(last))
                    ? new Answer(204, null) : problem(404, "not-found", "no account " + last);
            default -> problem(404, "not-found", "no route " + route);
        };
    }

    private Answer identity(String identity) {
        List<Map<String, Object>> matches = server.directory.resolve(identity);
        if (matches.isEmpty()) {
            return notFound(identity);
        }
        if (matches.size() > 1 && !identity.contains("*")) {
            return problem(409, "ambiguous-identity", "'" + identity + "' matches " + matches.size() + " users",
                    "identity", identity, "matches", matches.stream().map(user -> user.get("sipAddress")).toList());
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", matches);
        page.put("next", null);
        return new Answer(200, page);
    }

    private Answer add(Map<String, Object> user) {
        if (server.directory.get(String.valueOf(user.get("sipAddress"))) != null) {
            return problem(409, "conflict", "a user with SIP address " + user.get("sipAddress") + " exists",
                    "field", "sipAddress");
        }
        return new Answer(201, server.directory.put(user));
    }

    private Answer change(String sip, Map<String, Object> changes) {
        Map<String, Object> user = server.directory.get(sip);
        if (user == null) {
            return notFound(sip);
        }
        Map<String, Object> changed = new LinkedHashMap<>(user);
        changes.forEach((field, value) -> changed.put(field, "".equals(value) ? null : value));
        server.directory.remove(sip);
        return new Answer(200, server.directory.put(changed));
    }

    private Answer audit(Map<String, String> query) {
        long after = Long.parseLong(query.getOrDefault("after", "0"));
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        List<Map<String, Object>> items = new ArrayList<>(server.audit.stream()
                .filter(record -> ((Number) record.get("seq")).longValue() > after)
                .filter(record -> !query.containsKey("action") || query.get("action").equals(record.get("action")))
                .limit(limit + 1L)
                .toList());
        String next = null;
        if (items.size() > limit) {
            items.remove(limit);
            next = String.valueOf(items.get(limit - 1).get("seq"));
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("next", next);
        return new Answer(200, page);
    }

    private Answer changeSettings(Map<String, Object> changes) {
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            if (!server.tenantSettings.containsKey(change.getKey())) {
                return problem(400, "invalid-input", "there is no setting " + change.getKey(), "field", change.getKey());
            }
            boolean length = change.getKey().equals("pinLength");
            if (length ? !(change.getValue() instanceof Integer n && n >= 4 && n <= 12) : !(change.getValue() instanceof Boolean)) {
                return problem(400, "invalid-input", change.getKey() + (length ? " is 4 to 12" : " is true or false"),
                        "field", change.getKey());
            }
        }
        server.tenantSettings.putAll(changes);
        return new Answer(200, server.tenantSettings);
    }

    private Answer addAccount(Map<String, Object> request) {
        Map<String, Object> account = new LinkedHashMap<>(request);
        account.put("createdAt", "2026-11-24T20:00:00Z");
        server.accounts.add(Map.copyOf(account));
        account.put("token", "new-token-for-" + request.get("name"));
        return new Answer(201, account);
    }

    private static Answer notFound(String identity) {
        return problem(404, "not-found", "no user matches '" + identity + "'", "identity", identity);
    }
}
