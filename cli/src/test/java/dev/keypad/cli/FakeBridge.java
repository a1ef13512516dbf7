package dev.keypad.cli;

import static dev.keypad.cli.FakeRoutes.problem;

import dev.keypad.cli.FakeRoutes.Answer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.jr.ob.JSON;

/**
 * The conference bridge of {@link FakeKeypadServer} (docs/api.md, "The conference bridge"): join, organizer,
 * leave and show over meetings a test opens with {@link #conference}. Calls are {@code c-1}, {@code c-2}, … and
 * join at fixed times. Thread-safe through its own lock.
 */
final class FakeBridge {

    /** One conference ID's meeting; a test may read or change it. */
    static final class Meeting {
        final String conferenceId;
        final String leaderPin;
        boolean allowPstnOnlyMeetings;
        boolean started;
        final List<Map<String, Object>> lobby = new ArrayList<>();
        final List<Map<String, Object>> roster = new ArrayList<>();

        Meeting(String conferenceId, String leaderPin) {
            this.conferenceId = conferenceId;
            this.leaderPin = leaderPin;
        }
    }

    private final Map<String, Meeting> meetings = new LinkedHashMap<>();
    private int calls;

    /** Gives an organizer this conference ID and leader PIN; the meeting has not started. */
    synchronized Meeting conference(String conferenceId, String leaderPin) {
        return meetings.computeIfAbsent(conferenceId, id -> new Meeting(id, leaderPin));
    }

    synchronized Answer answer(String method, String path, String body) {
        return switch (method + " " + path) {
            case "POST /conference/join" -> join(JSON.std.mapFrom(body));
            case "POST /conference/organizer" -> organizer(JSON.std.mapFrom(body));
            case "POST /conference/leave" -> leave(JSON.std.mapFrom(body));
            default -> method.equals("GET") ? show(path.substring(path.lastIndexOf('/') + 1))
                    : problem(404, "not-found", "no route " + method + " " + path);
        };
    }

    private Answer join(Map<String, Object> request) {
        String id = String.valueOf(request.get("conferenceId"));
        if (!id.matches("[0-9]{7}")) {
            return problem(400, "invalid-input", "a conference ID is 7 digits", "field", "conferenceId");
        }
        Meeting meeting = meetings.get(id);
        if (meeting == null) {
            return problem(404, "not-found", "no conference has the ID " + id);
        }
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("call", "c-" + ++calls);
        call.put("callerId", request.get("callerId"));
        call.put("organizer", false);
        call.put("joinedAt", "2026-11-24T20:00:" + String.format("%02d", calls) + "Z");
        if (!meeting.started && meeting.allowPstnOnlyMeetings && request.get("callerId") != null) {
            meeting.started = true;
        }
        (meeting.started ? meeting.roster : meeting.lobby).add(call);
        Map<String, Object> answer = answer(call, meeting);
        answer.put("askOrganizer", !meeting.started);
        return new Answer(200, answer);
    }

    private Answer organizer(Map<String, Object> request) {
        Map.Entry<Meeting, Map<String, Object>> found = find(String.valueOf(request.get("call")));
        if (found == null) {
            return problem(404, "not-found", "no call " + request.get("call"));
        }
        Meeting meeting = found.getKey();
        boolean accepted = meeting.leaderPin != null && meeting.leaderPin.equals(request.get("pin"));
        if (accepted && !meeting.started) {
            found.getValue().put("organizer", true);
            meeting.started = true;
            meeting.roster.addAll(meeting.lobby);
            meeting.lobby.clear();
        }
        Map<String, Object> answer = answer(found.getValue(), meeting);
        answer.put("outcome", meeting.leaderPin == null ? "no-pin" : accepted ? "accepted" : "rejected");
        return new Answer(200, answer);
    }

    private Answer leave(Map<String, Object> request) {
        Map.Entry<Meeting, Map<String, Object>> found = find(String.valueOf(request.get("call")));
        if (found == null) {
            return problem(404, "not-found", "no call " + request.get("call"));
        }
        Meeting meeting = found.getKey();
        meeting.lobby.remove(found.getValue());
        meeting.roster.remove(found.getValue());
        if (meeting.lobby.isEmpty() && meeting.roster.isEmpty()) {
            meeting.started = false;
        }
        Map<String, Object> answer = answer(found.getValue(), meeting);
        answer.put("state", "left");
        return new Answer(200, answer);
    }

    private Answer show(String id) {
        Meeting meeting = meetings.get(id);
        if (meeting == null) {
            return problem(404, "not-found", "no conference has the ID " + id);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("conferenceId", meeting.conferenceId);
        answer.put("started", meeting.started);
        answer.put("lobby", List.copyOf(meeting.lobby));
        answer.put("roster", List.copyOf(meeting.roster));
        return new Answer(200, answer);
    }

    private Map.Entry<Meeting, Map<String, Object>> find(String call) {
        for (Meeting meeting : meetings.values()) {
            for (List<Map<String, Object>> calls : List.of(meeting.lobby, meeting.roster)) {
                for (Map<String, Object> each : calls) {
                    if (each.get("call").equals(call)) {
                        return Map.entry(meeting, each);
                    }
                }
            }
        }
        return null;
    }

    private static Map<String, Object> answer(Map<String, Object> call, Meeting meeting) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("call", call.get("call"));
        answer.put("conferenceId", meeting.conferenceId);
        answer.put("state", meeting.started ? "in-meeting" : "lobby");
        return answer;
    }
}
