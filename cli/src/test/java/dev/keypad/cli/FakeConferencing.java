package dev.keypad.cli;

import static dev.keypad.cli.FakeRoutes.problem;

import dev.keypad.cli.FakeRoutes.Answer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.jr.ob.JSON;

/**
 * The audio conferencing users of {@link FakeKeypadServer} (docs/api.md, "Audio conferencing users"): show,
 * enable, disable and set with what-if and the mail options of a PIN set. Conference IDs and leader PINs are
 * counters. Thread-safe through its own lock.
 */
final class FakeConferencing {

    /** One user's conferencing; absent until the user is first enabled. */
    static final class State {
        boolean enabled;
        String conferenceId;
        boolean allowPstnOnlyMeetings;
        String leaderPin;
        String enabledAt;
    }

    private final FakeDirectory directory;
    private final FakeMails mails;
    private final Map<String, Object> tenantSettings;
    private final Map<String, State> states = new LinkedHashMap<>();
    private int conferenceIds = 4711230;
    private int leaderPins = 48213;

    FakeConferencing(FakeDirectory directory, FakeMails mails, Map<String, Object> tenantSettings) {
        this.directory = directory;
        this.mails = mails;
        this.tenantSettings = tenantSettings;
    }

    /** The user's conferencing, null while never enabled; a test may read or change it. */
    synchronized State state(String identity) {
        return states.get(FakeDirectory.sip(identity));
    }

    synchronized Answer answer(String method, String path, Map<String, String> query, String body) {
        return switch (method + " " + path) {
            case "GET /conferencing/users" -> show(query.get("identity"));
            case "POST /conferencing/users/enable", "POST /conferencing/users/disable", "POST /conferencing/users/set" ->
                    operate(path.substring(path.lastIndexOf('/') + 1), JSON.std.mapFrom(body));
            default -> problem(404, "not-found", "no route " + method + " " + path);
        };
    }

    private Answer show(String identity) {
        List<Map<String, Object>> users = identity == null ? List.of() : directory.resolve(identity);
        if (users.isEmpty()) {
            return problem(404, "not-found", "no user matches '" + identity + "'", "identity", identity);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> user : users) {
            State state = states.get((String) user.get("sipAddress"));
            boolean enabled = state != null && state.enabled;
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("identity", user.get("sipAddress"));
            item.put("enabled", enabled);
            item.put("conferenceId", enabled ? state.conferenceId : null);
            item.put("allowPstnOnlyMeetings", enabled ? state.allowPstnOnlyMeetings : null);
            item.put("leaderPin", enabled && state.leaderPin != null ? "*****" : null);
            item.put("enabledAt", enabled ? state.enabledAt : null);
            items.add(item);
        }
        return new Answer(200, Map.of("items", items));
    }

    @SuppressWarnings("unchecked")
    private Answer operate(String verb, Map<String, Object> request) {
        boolean whatIf = Boolean.TRUE.equals(request.get("whatIf"));
        if (request.get("emailTo") != null && Boolean.FALSE.equals(request.get("sendEmail"))) {
            return problem(400, "invalid-input", "emailTo asks for a mail, sendEmail false for none", "field", "emailTo");
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (String identity : (List<String>) request.getOrDefault("identities", List.of())) {
            List<Map<String, Object>> users = directory.resolve(identity);
            if (users.isEmpty()) {
                results.add(failed(identity, "No user matches the identity '" + identity + "'", "not-found"));
            }
            for (Map<String, Object> user : users) {
                results.add(apply(verb, (String) user.get("sipAddress"), request, whatIf));
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        for (String outcome : List.of("changed", "unchanged", "failed")) {
            answer.put(outcome, results.stream().filter(result -> outcome.equals(result.get("outcome"))).count());
        }
        answer.put("whatIf", whatIf);
        answer.put("results", results);
        return new Answer(200, answer);
    }

    private Map<String, Object> apply(String verb, String sip, Map<String, Object> request, boolean whatIf) {
        State state = states.get(sip);
        boolean enabled = state != null && state.enabled;
        if (verb.equals("enable") && enabled) {
            return failed(sip, sip + " is enabled for audio conferencing already", "conflict");
        }
        if (verb.equals("set") && !enabled) {
            return failed(sip, sip + " is not enabled for audio conferencing", "invalid-input");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("identity", sip);
        if (verb.equals("disable") && !enabled) {
            result.put("outcome", "unchanged");
            result.put("detail", "not enabled for audio conferencing");
            return result;
        }
        State next = state == null ? new State() : state;
        String detail;
        String mailKind;
        boolean generated = false;
        boolean newId = !verb.equals("disable") && (verb.equals("enable")
                || Boolean.TRUE.equals(request.get("resetConferenceId")));
        int[] counters = {conferenceIds, leaderPins};
        if (whatIf) {
            next = copy(next);
        }
        switch (verb) {
            case "enable" -> {
                next.enabled = true;
                next.conferenceId = String.valueOf(conferenceIds++);
                next.leaderPin = String.valueOf(leaderPins++);
                next.allowPstnOnlyMeetings = Boolean.TRUE.equals(tenantSettings.get("allowPstnOnlyMeetingsByDefault"));
                next.enabledAt = "2026-11-24T20:00:00Z";
                generated = true;
                detail = "enabled; conference ID " + next.conferenceId;
                mailKind = "welcome";
            }
            case "disable" -> {
                next.enabled = false;
                detail = "disabled; conference ID " + next.conferenceId + " stops working";
                mailKind = "conferencing-disabled";
            }
            default -> {
                List<String> changes = new ArrayList<>();
                mailKind = Boolean.TRUE.equals(request.get("sendEmail")) || request.get("emailTo") != null
                        ? "conference-information" : null;
                if (Boolean.TRUE.equals(request.get("resetConferenceId"))) {
                    next.conferenceId = String.valueOf(conferenceIds++);
                    changes.add("conference ID " + next.conferenceId);
                    mailKind = "conference-id-changed";
                }
                if (Boolean.TRUE.equals(request.get("resetLeaderPin"))) {
                    next.leaderPin = String.valueOf(leaderPins++);
                    generated = true;
                    changes.add("new leader PIN");
                    mailKind = "pin-set";
                }
                if (request.get("allowPstnOnlyMeetings") instanceof Boolean allow && allow != next.allowPstnOnlyMeetings) {
                    next.allowPstnOnlyMeetings = allow;
                    changes.add("allowPstnOnlyMeetings " + allow);
                }
                if (changes.isEmpty() && mailKind == null) {
                    result.put("outcome", "unchanged");
                    result.put("conferenceId", next.conferenceId);
                    result.put("detail", "already so");
                    return result;
                }
                detail = changes.isEmpty() ? "conference information mailed" : String.join("; ", changes);
            }
        }
        if (whatIf) {
            conferenceIds = counters[0];
            leaderPins = counters[1];
        } else {
            states.put(sip, next);
        }
        result.put("outcome", whatIf ? "would-change" : "changed");
        // a what-if assigns no conference ID: the one it would get is not known yet
        result.put("conferenceId", next.enabled && !(whatIf && newId) ? next.conferenceId : null);
        if (generated && !whatIf) {
            result.put("leaderPin", next.leaderPin);
        }
        result.put("detail", detail);
        if (mailKind != null) {
            result.put("mail", mails.note(mailKind, sip, (String) directory.get(sip).get("email"), request,
                    Boolean.TRUE.equals(tenantSettings.get("automaticallySendEmailsToUsers")), whatIf));
        }
        return result;
    }


    private static State copy(State state) {
        State copy = new State();
        copy.enabled = state.enabled;
        copy.conferenceId = state.conferenceId;
        copy.allowPstnOnlyMeetings = state.allowPstnOnlyMeetings;
        copy.leaderPin = state.leaderPin;
        copy.enabledAt = state.enabledAt;
        return copy;
    }

    private static Map<String, Object> failed(String identity, String detail, String kind) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("identity", identity);
        result.put("outcome", "failed");
        result.put("problem", kind);
        result.put("detail", detail);
        return result;
    }
}
