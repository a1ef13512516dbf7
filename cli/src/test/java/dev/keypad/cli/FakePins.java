package dev.keypad.cli;

import static dev.keypad.cli.FakeRoutes.problem;

import dev.keypad.cli.FakeRoutes.Answer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import tools.jackson.jr.ob.JSON;

/**
 * The PINs of {@link FakeKeypadServer}, per purpose and user: just enough of SPEC §4 (info, set, lock, unlock,
 * sign-in, change) to drive the command line. Not the real rules: a PIN of one repeated digit is the only one
 * the "policy" refuses, and a generated PIN is a counter. Thread-safe through its own lock.
 */
final class FakePins {

    static final List<String> PURPOSES = List.of("phone", "voicemail", "conference");

    /** One user's PIN of one purpose. */
    static final class State {
        String pin;
        boolean locked;
        String lockoutReason;
        boolean mustChange;
        int failures;
    }

    private final FakeDirectory directory;
    private final FakeMails mails;
    private final Map<String, Object> tenantSettings;
    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final FakePhone phone = new FakePhone(this);
    private int generated = 48213;

    /** @param tenantSettings read for automaticallySendEmailsToUsers when a set does not say whether to mail */
    FakePins(FakeDirectory directory, FakeMails mails, Map<String, Object> tenantSettings) {
        this.directory = directory;
        this.mails = mails;
        this.tenantSettings = tenantSettings;
    }

    FakeDirectory directory() {
        return directory;
    }

    State state(String purpose, String sip) {
        return states.computeIfAbsent(purpose + " " + FakeDirectory.sip(sip), key -> new State());
    }

    synchronized Answer answer(String method, String path, Map<String, String> query, String body) {
        Map<String, Object> request = body.isEmpty() ? Map.of() : JSON.std.mapFrom(body);
        String purpose = method.equals("GET") ? query.get("purpose") : (String) request.get("purpose");
        if (!PURPOSES.contains(purpose)) {
            return problem(400, "invalid-input", "purpose '" + purpose + "' is not one of phone, voicemail, conference",
                    "field", "purpose");
        }
        return switch (method + " " + path) {
            case "GET /pins" -> query.containsKey("identity") ? identity(purpose, query.get("identity"))
                    : page(purpose, select(query.get("site"), query.get("where"), purpose), query);
            case "POST /pins/set", "POST /pins/lock", "POST /pins/unlock" ->
                    operate(path.substring("/pins/".length()), purpose, request);
            case "POST /phone/sign-in" -> phone.signIn(purpose, request);
            case "POST /phone/change-pin" -> phone.changePin(purpose, request);
            default -> problem(404, "not-found", "no route " + method + " " + path);
        };
    }

    Map<String, Object> info(String purpose, Map<String, Object> user) {
        String sip = (String) user.get("sipAddress");
        State state = state(purpose, sip);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("identity", sip);
        info.put("purpose", purpose);
        info.put("isPinSet", state.pin != null);
        info.put("isLockedOut", state.locked);
        info.put("lockoutReason", state.lockoutReason);
        info.put("lockedOutUntil", null);
        info.put("lastPinChangeTime", state.pin == null ? null : "2026-11-24T20:00:00Z");
        info.put("pinExpirationTime", null);
        info.put("isExpired", false);
        info.put("mustChange", state.mustChange);
        info.put("firstTimeUser", true);
        Map<String, Object> failedAttempts = new LinkedHashMap<>();
        failedAttempts.put("local", state.failures);
        failedAttempts.put("global", state.failures);
        failedAttempts.put("consecutive", 0);
        info.put("failedAttempts", failedAttempts);
        info.put("lastFailureTime", null);
        info.put("lastSuccessTime", null);
        info.put("policy", "global");
        return info;
    }

    private Answer identity(String purpose, String identity) {
        List<Map<String, Object>> users = directory.resolve(identity);
        if (users.isEmpty()) {
            return problem(404, "not-found", "no user matches '" + identity + "'", "identity", identity);
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", users.stream().map(user -> info(purpose, user)).toList());
        page.put("next", null);
        return new Answer(200, page);
    }

    private List<Map<String, Object>> select(String site, String where, String purpose) {
        Predicate<State> state = switch (where == null ? "" : where) {
            case "locked" -> s -> s.locked;
            case "set" -> s -> s.pin != null;
            case "unset" -> s -> s.pin == null;
            case "expired" -> s -> false;
            default -> s -> true;
        };
        return directory.all().stream()
                .filter(user -> site == null || site.equals(user.get("site")))
                .filter(user -> state.test(state(purpose, (String) user.get("sipAddress"))))
                .toList();
    }

    private Answer page(String purpose, List<Map<String, Object>> users, Map<String, String> query) {
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        String after = query.get("after");
        List<Map<String, Object>> items = users.stream()
                .filter(user -> after == null || ((String) user.get("sipAddress")).compareTo(after) > 0)
                .limit(limit + 1L).map(user -> info(purpose, user)).toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items.size() > limit ? items.subList(0, limit) : items);
        page.put("next", items.size() > limit ? items.get(limit - 1).get("identity") : null);
        return new Answer(200, page);
    }

    @SuppressWarnings("unchecked")
    private Answer operate(String verb, String purpose, Map<String, Object> request) {
        boolean whatIf = Boolean.TRUE.equals(request.get("whatIf"));
        List<Map<String, Object>> results = new ArrayList<>();
        List<Map<String, Object>> targets = new ArrayList<>();
        if (request.get("selection") instanceof Map<?, ?> selection) {
            targets.addAll(select((String) selection.get("site"), (String) selection.get("where"), purpose));
        }
        for (String identity : (List<String>) request.getOrDefault("identities", List.of())) {
            List<Map<String, Object>> users = directory.resolve(identity);
            if (users.isEmpty()) {
                results.add(failed(identity, "No user matches the identity '" + identity + "'", "not-found", null));
            }
            targets.addAll(users);
        }
        for (Map<String, Object> user : targets) {
            results.add(apply(verb, purpose, (String) user.get("sipAddress"), request, whatIf));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("purpose", purpose);
        for (String outcome : List.of("changed", "unchanged", "failed")) {
            answer.put(outcome, results.stream().filter(result -> outcome.equals(result.get("outcome"))).count());
        }
        answer.put("whatIf", whatIf);
        answer.put("results", results);
        return new Answer(200, answer);
    }

    private Map<String, Object> apply(String verb, String purpose, String sip, Map<String, Object> request,
            boolean whatIf) {
        State state = state(purpose, sip);
        String given = (String) request.get("pin");
        if (verb.equals("set") && given != null && FakePhone.allOneDigit(given)) {
            return failed(sip, "The PIN breaks the policy", "invalid-input",
                    List.of(Map.of("code", "all-one-digit", "message", "all digits are the same")));
        }
        boolean changes = verb.equals("set") || (verb.equals("lock")
                ? !"administrator".equals(state.lockoutReason) : state.locked || state.failures > 0);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("identity", sip);
        result.put("purpose", purpose);
        result.put("outcome", !changes ? "unchanged" : whatIf ? "would-change" : "changed");
        if (changes && !whatIf) {
            switch (verb) {
                case "set" -> {
                    state.pin = given != null ? given : String.valueOf(generated++);
                    state.mustChange = request.get("mustChange") instanceof Boolean must ? must : given == null;
                    state.failures = 0;
                    if (!"administrator".equals(state.lockoutReason) || Boolean.TRUE.equals(request.get("unlock"))) {
                        state.locked = false;
                        state.lockoutReason = null;
                    }
                    if (given == null) {
                        result.put("pin", state.pin);
                    }
                }
                case "lock" -> {
                    state.locked = true;
                    state.lockoutReason = "administrator";
                }
                default -> {
                    state.locked = false;
                    state.lockoutReason = null;
                    state.failures = 0;
                }
            }
        }
        result.put("detail", verb.equals("set") && given == null ? "generated PIN; must change at next sign-in"
                : changes ? verb : "already so");
        if (verb.equals("set")) {
            result.put("mail", mails.note("pin-set", sip, (String) directory.get(sip).get("email"), request,
                    Boolean.TRUE.equals(tenantSettings.get("automaticallySendEmailsToUsers")), whatIf));
        }
        return result;
    }


    private static Map<String, Object> failed(String identity, String detail, String kind, Object violations) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("identity", identity);
        result.put("outcome", "failed");
        result.put("detail", detail);
        result.put("problem", "https://keypad.dev/problems/" + kind);
        if (violations != null) {
            result.put("violations", violations);
        }
        return result;
    }
}
