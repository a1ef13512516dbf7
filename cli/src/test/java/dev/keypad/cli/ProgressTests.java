package dev.keypad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProgressTests {

    private final StringWriter terminal = new StringWriter();
    private final ManualClock clock = new ManualClock();

    @Test
    void showsCountRateAndTimeLeftWhenTheTotalIsKnown() {
        Progress progress = progress(OptionalLong.of(4000));

        clock.advance(Duration.ofSeconds(1));
        progress.advance(500);

        assertThat(terminal).hasToString("\rpin unlock: 500 of 4,000 identities done, 500/s, 0:07 left");
    }

    @Test
    void showsCountAndRateWithoutTimeLeftWhenTheTotalIsUnknown() {
        Progress progress = progress(OptionalLong.empty());

        clock.advance(Duration.ofSeconds(2));
        progress.advance(12_345);

        assertThat(terminal).hasToString("\rpin unlock: 12,345 identities done, 6,173/s");
    }

    @Test
    void updatesAtMostFourTimesASecondAndNotInTheFirstQuarterSecond() {
        Progress progress = progress(OptionalLong.empty());

        for (int i = 0; i < 100; i++) {
            clock.advance(Duration.ofMillis(20));
            progress.advance(1);
        }

        assertThat(terminal.toString().chars().filter(c -> c == '\r')).as("updates in 2 s").hasSize(7);
        assertThat(terminal.toString()).startsWith("\rpin unlock: 13 identities done, 50/s\r");
    }

    @Test
    void aShorterLineOverwritesTheWholeLongerOne() {
        Progress progress = progress(OptionalLong.empty());
        clock.advance(Duration.ofSeconds(1));
        progress.advance(1_000_000);
        int longer = terminal.toString().length() - 1;

        clock.advance(Duration.ofHours(1));
        progress.advance(1);

        String last = terminal.toString().substring(terminal.toString().lastIndexOf('\r') + 1);
        assertThat(last).isEqualTo("pin unlock: 1,000,001 identities done, 278/s" + " ".repeat(6)).hasSize(longer);
    }

    @Test
    void clearLeavesAnEmptyLineAndCloseKeepsItEmpty() {
        Progress progress = progress(OptionalLong.empty());
        clock.advance(Duration.ofSeconds(1));
        progress.advance(500);
        int shown = terminal.toString().length() - 1;

        progress.close();
        clock.advance(Duration.ofSeconds(1));
        progress.advance(500);

        assertThat(terminal.toString()).endsWith("\r" + " ".repeat(shown) + "\r");
    }

    @Test
    void aSilentProgressPrintsNothing() {
        Progress progress = Progress.silent();

        progress.advance(1000);
        progress.clear();
        progress.close();

        assertThat(terminal.toString()).isEmpty();
    }

    private Progress progress(OptionalLong total) {
        return new Progress(new PrintWriter(terminal, true), clock, "pin unlock", "identities done", total);
    }

    /** A clock that stands still until a test moves it. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T20:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
