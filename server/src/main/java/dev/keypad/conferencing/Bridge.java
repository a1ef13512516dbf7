package dev.keypad.conferencing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.NotFoundException;
import dev.keypad.directory.FindUsers;
import dev.keypad.pin.Pin;
import dev.keypad.policy.Purpose;
import dev.keypad.signin.Caller;
import dev.keypad.signin.SignIn;
import dev.keypad.signin.SignInOutcome;

/**
 * The conference bridge (SPEC §6), as a service for gateways. A caller joins by conference ID; until
 * the organizer proves themselves with their leader PIN, callers wait in the lobby, then all of them
 * join the meeting. Only the organizer's own PIN is checked, with the conference purpose's two-tier
 * lockout, and a failed or locked PIN leaves the caller waiting. With {@code allowPstnOnlyMeetings}
 * the first caller starts the meeting. A meeting ends when its last caller leaves, or 4 hours after it
 * started when nobody authenticated with a PIN (24 hours otherwise), and a lobby that never started
 * 4 hours after it opened; this is checked at every use.
 * State is in the database, and every change locks the organizer's row first, so servers sharing the
 * database take turns per conference and a restart loses nothing. Thread-safe.
 */
@Component
public class Bridge {

    static final Duration UNAUTHENTICATED_LIMIT = Duration.ofHours(4);
    static final Duration AUTHENTICATED_LIMIT = Duration.ofHours(24);
    private static final Pattern CONFERENCE_ID = Pattern.compile("[0-9]{7}");
    private static final String LOBBY = "lobby";
    private static final String IN_MEETING = "in-meeting";

    private final Organizers organizers;
    private final Meetings meetings;
    private final FindUsers find;
    private final SignIn signIn;
    private final Clock clock;

    Bridge(Organizers organizers, Meetings meetings, FindUsers find, SignIn signIn, Clock clock) {
        this.organizers = organizers;
        this.meetings = meetings;
        this.find = find;
        this.signIn = signIn;
        this.clock = clock;
    }

    /** @param askOrganizer whether the gateway should ask the caller if they are the organizer */
    public record Joined(String call, String conferenceId, String state, boolean askOrganizer) {
    }

    /** @param outcome the sign-in outcome of the leader PIN (SPEC §4) */
    public record OrganizerAnswer(String call, String conferenceId, String state, String outcome) {
    }

    public record Left(String call, String conferenceId, String state) {
    }

    public record CallView(String call, String callerId, boolean organizer, Instant joinedAt) {
    }

    public record MeetingView(String conferenceId, boolean started, List<CallView> lobby, List<CallView> roster) {
    }

    /**
     * @throws InvalidInputException when the conference ID is not 7 digits
     * @throws NotFoundException     when nobody is enabled with this conference ID
     */
    @Transactional
    public Joined join(String conferenceId, String callerId) {
        Organizer organizer = lockOrganizer(conferenceId);
        Instant now = clock.instant();
        Meetings.Meeting meeting = current(conferenceId, now).orElseGet(() -> {
            Meetings.Meeting created = new Meetings.Meeting(conferenceId, null, false, now);
            meetings.add(created);
            return created;
        });
        boolean started = meeting.started();
        if (!started && organizer.allowPstnOnlyMeetings()) {
            meetings.start(conferenceId, now, false);
            meetings.admitLobby(conferenceId);
            started = true;
        }
        String call = "c-" + UUID.randomUUID();
        meetings.addCall(new Meetings.Call(call, conferenceId, callerId, started ? IN_MEETING : LOBBY, false, now));
        return new Joined(call, conferenceId, started ? IN_MEETING : LOBBY, !started);
    }

    /**
     * The caller says they are the organizer and types a PIN: it is checked against the organizer's
     * leader PIN only, and counted by its lockout.
     *
     * @throws NotFoundException when the call has ended or never was
     */
    @Transactional
    public OrganizerAnswer organizer(String callId, Pin pin, Actor actor) {
        Meetings.Call call = call(callId);
        Organizer organizer = lockOrganizer(call.conferenceId());
        Instant now = clock.instant();
        Meetings.Meeting meeting = current(call.conferenceId(), now).orElseThrow(() -> callEnded(callId));
        if (meeting.started()) {
            return new OrganizerAnswer(callId, call.conferenceId(), call(callId).state(), "already-started");
        }
        String identity = find.byId(organizer.userId()).identity();
        SignInOutcome outcome = signIn.signIn(Purpose.CONFERENCE, new Caller(null, null, null, identity), pin,
                call.callerId(), actor).outcome();
        if (!outcome.provedIdentity()) {
            return new OrganizerAnswer(callId, call.conferenceId(), LOBBY, outcome.code());
        }
        meetings.start(call.conferenceId(), now, true);
        meetings.admitLobby(call.conferenceId());
        meetings.markOrganizer(callId);
        return new OrganizerAnswer(callId, call.conferenceId(), IN_MEETING, outcome.code());
    }

    /** @throws NotFoundException when the call has ended or never was */
    @Transactional
    public Left leave(String callId) {
        Meetings.Call call = call(callId);
        organizers.lockByConferenceId(call.conferenceId());
        meetings.removeCall(callId);
        if (meetings.calls(call.conferenceId()).isEmpty()) {
            meetings.end(call.conferenceId());
        }
        return new Left(callId, call.conferenceId(), "left");
    }

    /**
     * The lobby and roster of a conference; an empty, not started meeting when nobody is dialed in.
     * Reads without the organizer's lock, so watchers polling a meeting never hold up callers; only
     * a meeting found past its end takes the lock, to end it. The meeting and its calls are read by
     * two statements, so a view may lag a change by one look.
     */
    @Transactional
    public MeetingView show(String conferenceId) {
        checkConferenceId(conferenceId);
        organizers.byConferenceId(conferenceId).orElseThrow(() -> noConference(conferenceId));
        Instant now = clock.instant();
        Optional<Meetings.Meeting> meeting = meetings.find(conferenceId);
        if (meeting.isPresent() && !now.isBefore(end(meeting.get()))) {
            lockOrganizer(conferenceId);
            meeting = current(conferenceId, now);
        }
        List<Meetings.Call> calls = meeting.isPresent() ? meetings.calls(conferenceId) : List.of();
        return new MeetingView(conferenceId, meeting.map(Meetings.Meeting::started).orElse(false),
                calls.stream().filter(c -> c.state().equals(LOBBY)).map(Bridge::view).toList(),
                calls.stream().filter(c -> c.state().equals(IN_MEETING)).map(Bridge::view).toList());
    }

    /**
     * Ends the conference's meeting if it has run out of time, as any use of it would; for meetings
     * nobody uses again, such as those a gateway that died left behind.
     *
     * @return whether a meeting ended
     */
    @Transactional
    public boolean endIfOver(String conferenceId) {
        if (organizers.lockByConferenceId(conferenceId).isEmpty()) {
            return false;
        }
        boolean present = meetings.find(conferenceId).isPresent();
        return present && current(conferenceId, clock.instant()).isEmpty();
    }

    /** The meeting of a conference, after ending it if it has run out of time. */
    private Optional<Meetings.Meeting> current(String conferenceId, Instant now) {
        Optional<Meetings.Meeting> meeting = meetings.find(conferenceId);
        if (meeting.isPresent() && !now.isBefore(end(meeting.get()))) {
            meetings.end(conferenceId);
            return Optional.empty();
        }
        return meeting;
    }

    /** When a meeting ends by time. A lobby nobody started ends like a meeting nobody authenticated: gateways that die leave calls behind. */
    private static Instant end(Meetings.Meeting meeting) {
        return meeting.started() ? meeting.startedAt().plus(meeting.authenticated() ? AUTHENTICATED_LIMIT : UNAUTHENTICATED_LIMIT)
                : meeting.createdAt().plus(UNAUTHENTICATED_LIMIT);
    }

    private Organizer lockOrganizer(String conferenceId) {
        checkConferenceId(conferenceId);
        return organizers.lockByConferenceId(conferenceId).orElseThrow(() -> noConference(conferenceId));
    }

    private static void checkConferenceId(String conferenceId) {
        if (conferenceId == null || !CONFERENCE_ID.matcher(conferenceId).matches()) {
            throw new InvalidInputException("conferenceId", "a conference ID is 7 digits, such as 4711230");
        }
    }

    private static NotFoundException noConference(String conferenceId) {
        return new NotFoundException(conferenceId, "No conference has the ID " + conferenceId);
    }

    private Meetings.Call call(String callId) {
        if (callId == null || callId.isBlank()) {
            throw new InvalidInputException("call", "call is required: the call ID that join answered");
        }
        return meetings.call(callId).orElseThrow(() -> callEnded(callId));
    }

    private static NotFoundException callEnded(String callId) {
        return new NotFoundException(callId, "There is no call " + callId + ": it has ended, or never was");
    }

    private static CallView view(Meetings.Call call) {
        return new CallView(call.callId(), call.callerId(), call.organizer(), call.joinedAt());
    }
}
