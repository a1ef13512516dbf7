package dev.keypad.settings;

import java.time.Instant;

/** Where the stored tenant settings are kept: one row. Implementations are thread-safe. */
public interface Settings {

    /** The stored settings; the conference PIN length lives in the conference policy instead. */
    record Row(boolean automaticallySendEmailsToUsers, boolean allowPstnOnlyMeetingsByDefault) {
    }

    Row current();

    /** Reads the settings and holds them against concurrent changes until the transaction ends. */
    Row lock();

    void save(Row settings, Instant now);
}
