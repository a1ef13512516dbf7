package dev.keypad.console.selfservice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.keypad.conferencing.Conferencing;
import dev.keypad.mail.Outbox;
import dev.keypad.pin.PinInfo;
import dev.keypad.pin.ReadPinInfo;
import dev.keypad.policy.Purpose;

/** What the self-service pages show of a user's own PINs, and only of theirs. Thread-safe. */
@Component
class OwnPins {

    /** The PINs users look after themselves; the leader PIN goes with conferencing, see {@link OwnPinsPage}. */
    static final List<Purpose> PURPOSES = List.of(Purpose.PHONE, Purpose.VOICEMAIL);

    private final ReadPinInfo pinInfo;
    private final Conferencing conferencing;
    private final Outbox outbox;

    OwnPins(ReadPinInfo pinInfo, Conferencing conferencing, Outbox outbox) {
        this.pinInfo = pinInfo;
        this.conferencing = conferencing;
        this.outbox = outbox;
    }

    /**
     * One PIN as the page shows it.
     *
     * @param lockedUntil when a temporary lock ends, in words; null when there is none
     * @param expires     when the PIN expires, in words; null when it never does
     */
    record Row(String purpose, String name, PinInfo info, String lockedUntil, String expires) {
    }

    /** @param conferenceId null when the user is not enabled for audio conferencing */
    record Overview(List<Row> pins, String conferenceId, Row leaderPin) {
    }

    Overview of(SelfServiceUser me) {
        List<Row> rows = new ArrayList<>();
        for (Purpose purpose : PURPOSES) {
            rows.add(row(me, purpose));
        }
        Conferencing.ConferencingUser conferencingUser = conferencing.show(me.sipAddress()).get(0);
        return conferencingUser.enabled()
                ? new Overview(rows, conferencingUser.conferenceId(), row(me, Purpose.CONFERENCE))
                : new Overview(rows, null, null);
    }

    Row row(SelfServiceUser me, Purpose purpose) {
        PinInfo info = pinInfo.of(purpose, me.sipAddress()).get(0);
        return new Row(purpose.jsonName(), name(purpose), info, time(info.lockedOutUntil()), time(info.pinExpirationTime()));
    }

    /** How the pages name a purpose's PIN: "voice mail PIN". */
    static String name(Purpose purpose) {
        return switch (purpose) {
            case PHONE -> "phone sign-in PIN";
            case VOICEMAIL -> "voice mail PIN";
            case CONFERENCE -> "conference leader PIN";
        };
    }

    private String time(Instant instant) {
        return instant == null ? null : outbox.formatTime(instant);
    }
}
