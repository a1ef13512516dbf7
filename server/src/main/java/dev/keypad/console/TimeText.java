package dev.keypad.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as the console's tables show them, in UTC to the second: {@code 2026-11-24 20:00:05 UTC}.
 * UTC because the audit log and the API speak it, and servers sharing a database may sit in
 * different zones. Pages get it as the model attribute {@code time}. Immutable.
 */
public final class TimeText {

    static final TimeText UTC = new TimeText();

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private TimeText() {
    }

    /** @return the time, or an empty string for null */
    public String of(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    /** The machine-readable form for {@code <time datetime>}; null for null. */
    public String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
