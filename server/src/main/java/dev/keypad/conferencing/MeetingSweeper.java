package dev.keypad.conferencing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends meetings that ran out of time while nobody used them (ADR 11): every
 * {@code keypad.conferencing.sweep-interval} (10 minutes) one thread per server looks for them and
 * ends each through {@link Bridge#endIfOver}, under the organizer's lock, so servers sharing the
 * database may sweep at the same time. Thread-safe.
 */
@Component
public class MeetingSweeper {

    private static final Logger log = LoggerFactory.getLogger(MeetingSweeper.class);
    private static final int BATCH = 500;

    private final Meetings meetings;
    private final Bridge bridge;
    private final Clock clock;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "keypad-meeting-sweeper");
        thread.setDaemon(true);
        return thread;
    });

    MeetingSweeper(Meetings meetings, Bridge bridge, Clock clock,
                   @Value("${keypad.conferencing.sweep-interval:10m}") Duration interval) {
        this.meetings = meetings;
        this.bridge = bridge;
        this.clock = clock;
        sweeper.scheduleWithFixedDelay(this::sweepLogged, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return how many meetings it ended */
    public int sweep() {
        Instant now = clock.instant();
        int ended = 0;
        List<String> over;
        int endedNow;
        do {
            over = meetings.overBefore(now.minus(Bridge.UNAUTHENTICATED_LIMIT), now.minus(Bridge.AUTHENTICATED_LIMIT), BATCH);
            endedNow = (int) over.stream().filter(bridge::endIfOver).count();
            ended += endedNow;
            // A full batch that ended nothing would come back the same: stop rather than spin.
        } while (over.size() == BATCH && endedNow > 0);
        return ended;
    }

    private void sweepLogged() {
        try {
            int ended = sweep();
            if (ended > 0) {
                log.info("Ended {} meetings that ran out of time with nobody using them", ended);
            }
        } catch (RuntimeException e) {
            log.warn("Could not end meetings that ran out of time; trying again at the next sweep", e);
        }
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        sweeper.shutdownNow();
    }
}
