package dev.keypad.cli;

import static dev.keypad.cli.FakeRoutes.problem;

import dev.keypad.cli.FakeRoutes.Answer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The gateway's path of {@link FakeKeypadServer}: sign-in and change-pin over {@link FakePins}. */
final class FakePhone {

    private final FakePins pins;

    FakePhone(FakePins pins) {
        this.pins = pins;
    }

    static boolean allOneDigit(String pin) {
        return pin.chars().distinct().count() == 1;
    }

    Answer signIn(String purpose, Map<String, Object> request) {
        Map<String, Object> caller = caller(request);
        if (caller == null) {
            return problem(404, "not-found", "no user is known by that extension, line URI or identity");
        }
        return outcome(outcome(purpose, caller, (String) request.get("pin")), caller);
    }

    Answer changePin(String purpose, Map<String, Object> request) {
        Map<String, Object> caller = caller(request);
        if (caller == null) {
            return problem(404, "not-found", "no user is known by that extension, line URI or identity");
        }
        String outcome = outcome(purpose, caller, (String) request.get("pin"));
        if (!outcome.startsWith("accepted")) {
            return outcome(outcome, caller);
        }
        String newPin = (String) request.get("newPin");
        if (allOneDigit(newPin)) {
            return problem(400, "invalid-input", "The new PIN breaks the policy", "field", "newPin", "violations",
                    List.of(Map.of("code", "all-one-digit", "message", "all digits are the same"),
                            Map.of("code", "too-short", "message", "at least 5 digits")));
        }
        FakePins.State state = pins.state(purpose, (String) caller.get("sipAddress"));
        state.pin = newPin;
        state.mustChange = false;
        return outcome("changed", caller);
    }

    private String outcome(String purpose, Map<String, Object> caller, String pin) {
        FakePins.State state = pins.state(purpose, (String) caller.get("sipAddress"));
        if (state.locked) {
            return "locked";
        }
        if (state.pin == null) {
            return "no-pin";
        }
        if (state.pin.equals(pin)) {
            return state.mustChange ? "accepted-must-change" : "accepted";
        }
        state.failures++;
        return "rejected";
    }

    private Map<String, Object> caller(Map<String, Object> request) {
        if (request.get("identity") instanceof String identity) {
            List<Map<String, Object>> users = pins.directory().resolve(identity);
            return users.size() == 1 ? users.get(0) : null;
        }
        return pins.directory().all().stream()
                .filter(user -> request.get("extension") == null || request.get("extension").equals(user.get("extension")))
                .filter(user -> request.get("site") == null || request.get("site").equals(user.get("site")))
                .filter(user -> request.get("lineUri") == null || request.get("lineUri").equals(user.get("lineUri")))
                .findFirst().orElse(null);
    }

    private static Answer outcome(String outcome, Map<String, Object> caller) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("outcome", outcome);
        answer.put("identity", caller.get("sipAddress"));
        return new Answer(200, answer);
    }
}
