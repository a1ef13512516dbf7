package dev.keypad.cli;

import static dev.keypad.cli.FakeRoutes.problem;

import dev.keypad.cli.FakeRoutes.Answer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.jr.ob.JSON;

/**
 * The PIN policies of {@link FakeKeypadServer} and their grants: the defaults of SPEC §3, one range check
 * (minLength 4–24), and the routes of docs/api.md. Thread-safe through its own lock.
 */
final class FakePolicies {

    private final FakeDirectory directory;
    /** By "purpose scope", so that global sorts before site: and tag: as the API lists them. */
    private final Map<String, Map<String, Object>> policies = new TreeMap<>();
    private final Map<String, String> grants = new TreeMap<>();

    FakePolicies(FakeDirectory directory) {
        this.directory = directory;
        FakePins.PURPOSES.forEach(purpose -> policies.put(purpose + " global", defaults(purpose, "global")));
    }

    synchronized Map<String, Object> get(String purpose, String scope) {
        return policies.get(purpose + " " + scope);
    }

    synchronized String grant(String purpose, String sip) {
        return grants.get(purpose + " " + sip);
    }

    synchronized Answer answer(String method, String path, Map<String, String> query, String body) {
        String[] segments = path.split("/");
        if (segments.length == 2 && method.equals("GET")) {
            List<Map<String, Object>> items = policies.values().stream()
                    .filter(policy -> query.get("purpose") == null || query.get("purpose").equals(policy.get("purpose")))
                    .toList();
            return new Answer(200, Map.of("items", items));
        }
        if (segments.length != 4) {
            return problem(404, "not-found", "no route " + method + " " + path);
        }
        String purpose = URLDecoder.decode(segments[2], StandardCharsets.UTF_8);
        String scope = URLDecoder.decode(segments[3], StandardCharsets.UTF_8);
        if (!FakePins.PURPOSES.contains(purpose)) {
            return problem(400, "invalid-input", "purpose '" + purpose + "' is not one of phone, voicemail, conference",
                    "field", "purpose");
        }
        if (scope.equals("grants") && method.equals("POST")) {
            return grant(purpose, JSON.std.mapFrom(body));
        }
        String key = purpose + " " + scope;
        return switch (method) {
            case "GET" -> policies.containsKey(key) ? new Answer(200, policies.get(key))
                    : problem(404, "not-found", "no " + purpose + " policy " + scope);
            case "PUT" -> put(key, purpose, scope, JSON.std.mapFrom(body));
            case "DELETE" -> remove(key, purpose, scope);
            default -> problem(405, "method-not-allowed", method);
        };
    }

    private Answer put(String key, String purpose, String scope, Map<String, Object> changes) {
        if (changes.get("minLength") instanceof Number length && (length.intValue() < 4 || length.intValue() > 24)) {
            return problem(400, "invalid-input", "minLength must be between 4 and 24", "field", "minLength");
        }
        Map<String, Object> policy = new LinkedHashMap<>(policies.getOrDefault(key, defaults(purpose, scope)));
        policy.putAll(changes);
        policy.put("updatedAt", "2026-11-25T08:00:00Z");
        policies.put(key, policy);
        return new Answer(200, policy);
    }

    private Answer remove(String key, String purpose, String scope) {
        if (scope.equals("global")) {
            policies.put(key, defaults(purpose, scope));
            return new Answer(204, null);
        }
        if (policies.remove(key) == null) {
            return problem(404, "not-found", "no " + purpose + " policy " + scope);
        }
        grants.values().removeIf(tag -> ("tag:" + tag).equals(scope));
        return new Answer(204, null);
    }

    @SuppressWarnings("unchecked")
    private Answer grant(String purpose, Map<String, Object> request) {
        String tag = (String) request.get("policy");
        if (tag != null && !policies.containsKey(purpose + " tag:" + tag)) {
            return problem(404, "not-found", "no " + purpose + " policy tag:" + tag);
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (String identity : (List<String>) request.get("identities")) {
            List<Map<String, Object>> users = directory.resolve(identity);
            if (users.isEmpty()) {
                results.add(Map.of("identity", identity, "outcome", "failed",
                        "detail", "No user matches the identity '" + identity + "'",
                        "problem", "https://keypad.dev/problems/not-found"));
            }
            for (Map<String, Object> user : users) {
                String key = purpose + " " + user.get("sipAddress");
                boolean same = tag == null ? !grants.containsKey(key) : tag.equals(grants.get(key));
                if (tag == null) {
                    grants.remove(key);
                } else {
                    grants.put(key, tag);
                }
                results.add(Map.of("identity", user.get("sipAddress"), "outcome", same ? "unchanged" : "changed",
                        "detail", tag == null ? "no tag policy" : "tag:" + tag));
            }
        }
        return new Answer(200, Map.of("results", results));
    }

    private static Map<String, Object> defaults(String purpose, String scope) {
        boolean voicemail = purpose.equals("voicemail");
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("purpose", purpose);
        policy.put("scope", scope);
        policy.put("minLength", voicemail ? 6 : purpose.equals("phone") ? 5 : 4);
        policy.put("generatedLength", voicemail ? 6 : 5);
        policy.put("historyCount", voicemail ? 5 : 0);
        policy.put("lifetimeDays", voicemail ? 60 : 0);
        policy.put("allowCommonPatterns", false);
        policy.put("maximumLogonAttempts", null);
        policy.put("logonFailuresBeforePinReset", voicemail ? 5 : null);
        policy.put("maxLogonAttempts", voicemail ? 15 : null);
        policy.put("resetPinText", voicemail ? "" : null);
        policy.put("enabledText", voicemail ? "" : null);
        policy.put("updatedAt", "2026-11-24T20:00:00Z");
        return policy;
    }
}
