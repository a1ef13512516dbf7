package dev.keypad.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import dev.keypad.pin.PinInfo;
import dev.keypad.policy.Purpose;

/**
 * The PIN status of one purpose as a card of the user page shows it, with the policy that applies.
 * Holds no PIN.
 */
record PinCard(Purpose purpose, PinInfo info, PolicyChoice policy) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** phone, voicemail, conference: for URLs and element ids. */
    public String name() {
        return purpose.jsonName();
    }

    public String title() {
        return switch (purpose) {
            case PHONE -> "Phone PIN";
            case VOICEMAIL -> "Voice mail PIN";
            case CONFERENCE -> "Conference leader PIN";
        };
    }

    /** Why and how long sign-in is locked, or null when it is not. */
    public String lockText() {
        if (!info.isLockedOut()) {
            return null;
        }
        return switch (info.lockoutReason()) {
            case "administrator" -> "Locked by an administrator until someone unlocks it";
            case "failures" -> "Locked after too many failed sign-ins, until someone unlocks it";
            case "temporary" -> "Locked after failed sign-ins until " + at(info.lockedOutUntil());
            default -> "Locked (" + info.lockoutReason() + ")";
        };
    }

    /** The failure counters this purpose's lockout model keeps (SPEC §4.1, §4.2). */
    public String failures() {
        PinInfo.FailedAttempts failed = info.failedAttempts();
        return purpose == Purpose.VOICEMAIL ? failed.consecutive() + " in a row"
                : failed.local() + " recent, " + failed.global() + " since the last unlock";
    }

    /** A time for people to read, or "never". */
    public String at(Instant time) {
        return time == null ? "never" : TIME.format(time);
    }
}
