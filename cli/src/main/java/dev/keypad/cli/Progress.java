package dev.keypad.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * How far a bulk command has come, as one line on standard error that is rewritten in place:
 * {@code pin unlock: 1,500 of 4,000 identities done, 1,234/s, 0:02 left}. The rate is the average since the
 * start; the time left is shown only when the total is known. The line appears only when standard error is a
 * terminal, at most four times a second and not before the first quarter second, so quick commands, logs and
 * pipes never see it. It must be cleared before anything else is printed to the terminal: {@link #clear()}
 * before printing results or messages, {@link #close()} before the summary line, also when a failure ends the
 * command. Thread-safe: an upload counts on the HTTP client's thread.
 */
public final class Progress implements AutoCloseable {

    /** The least time between two updates of the line. */
    static final Duration INTERVAL = Duration.ofMillis(250);

    private final PrintWriter err;
    private final Clock clock;
    private final String command;
    private final String counted;
    private final OptionalLong total;
    private final Instant start;
    private boolean closed;
    private long count;
    private Instant drawn;
    /** Characters of the line now on the terminal; 0 when there is none. */
    private int shown;

    /**
     * A progress line on a terminal.
     *
     * @param err standard error, which must be a terminal
     * @param command what runs, such as {@code pin unlock}
     * @param counted what the count counts, such as {@code identities done}
     * @param total how many there are in all, when known before the end
     */
    public Progress(PrintWriter err, Clock clock, String command, String counted, OptionalLong total) {
        this.err = err;
        this.clock = clock;
        this.command = command;
        this.counted = counted;
        this.total = total;
        this.start = clock.instant();
    }

    /** A progress that never shows: standard error is not a terminal, or there is nothing to count. */
    public static Progress silent() {
        Progress silent = new Progress(null, Clock.systemUTC(), "", "", OptionalLong.empty());
        silent.closed = true;
        return silent;
    }

    /** Counts {@code done} more, and updates the line if the last update is a quarter second ago. */
    public synchronized void advance(long done) {
        count += done;
        if (closed) {
            return;
        }
        Instant now = clock.instant();
        if (Duration.between(drawn == null ? start : drawn, now).compareTo(INTERVAL) >= 0) {
            draw(line(now));
            drawn = now;
        }
    }

    /** Removes the line, so that something else can be printed; the next {@link #advance} may show it again. */
    public synchronized void clear() {
        if (shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
            shown = 0;
        }
    }

    /** Removes the line for good: nothing is shown any more. */
    @Override
    public synchronized void close() {
        clear();
        closed = true;
    }

    private void draw(String line) {
        err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
        err.flush();
        shown = Math.max(shown, line.length());
    }

    private String line(Instant now) {
        StringBuilder line = new StringBuilder(command).append(": ").append(number(count));
        total.ifPresent(all -> line.append(" of ").append(number(all)));
        line.append(' ').append(counted);
        double seconds = Duration.between(start, now).toMillis() / 1000.0;
        double rate = seconds > 0 ? count / seconds : 0;
        if (rate > 0) {
            line.append(", ").append(rate < 10 ? String.format(Locale.ROOT, "%.1f", rate) : number(Math.round(rate)))
                    .append("/s");
            if (total.isPresent() && total.getAsLong() >= count) {
                line.append(", ").append(time(Math.round((total.getAsLong() - count) / rate))).append(" left");
            }
        }
        return line.toString();
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** {@code 0:07}, {@code 12:34}, {@code 1:02:03}. */
    private static String time(long seconds) {
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", minutes, seconds % 60);
    }
}
