package dev.keypad.conferencing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Meetings and their calls (the bridge's state). Implementations are thread-safe and join the caller's transaction. */
public interface Meetings {

    /** @param startedAt null while callers wait in the lobby */
    record Meeting(String conferenceId, Instant startedAt, boolean authenticated, Instant createdAt) {

        public boolean started() {
            return startedAt != null;
        }
    }

    /** @param state {@code lobby} or {@code in-meeting} */
    record Call(String callId, String conferenceId, String callerId, String state, boolean organizer, Instant joinedAt) {
    }

    Optional<Meeting> find(String conferenceId);

    /**
     * The conferences whose meeting is over by time: a lobby or unauthenticated meeting begun at or
     * before {@code unauthenticatedBefore}, an authenticated one started at or before
     * {@code authenticatedBefore}. At most {@code limit}.
     */
    List<String> overBefore(Instant unauthenticatedBefore, Instant authenticatedBefore, int limit);

    void add(Meeting meeting);

    void start(String conferenceId, Instant at, boolean authenticated);

    void end(String conferenceId);

    List<Call> calls(String conferenceId);

    Optional<Call> call(String callId);

    void addCall(Call call);

    /** Moves every call of the meeting waiting in the lobby into it. */
    void admitLobby(String conferenceId);

    void markOrganizer(String callId);

    void removeCall(String callId);
}
