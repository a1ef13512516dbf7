package dev.keypad.conferencing;

import java.util.Optional;

/** The users enabled for audio conferencing. Implementations are thread-safe and join the caller's transaction. */
public interface Organizers {

    Optional<Organizer> find(long userId);

    /** Reads an organizer and holds the row against concurrent changes until the transaction ends. */
    Optional<Organizer> lock(long userId);

    Optional<Organizer> byConferenceId(String conferenceId);

    /** The organizer of a conference ID, held against concurrent changes until the transaction ends. */
    Optional<Organizer> lockByConferenceId(String conferenceId);

    /** @throws org.springframework.dao.DuplicateKeyException when the user or the conference ID is taken */
    void add(Organizer organizer);

    /** @throws org.springframework.dao.DuplicateKeyException when the conference ID is taken */
    void changeConferenceId(long userId, String conferenceId);

    void changeAllowPstnOnlyMeetings(long userId, boolean allow);

    void remove(long userId);
}
