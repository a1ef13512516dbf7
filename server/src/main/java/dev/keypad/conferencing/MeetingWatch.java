package dev.keypad.conferencing;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live view of a meeting (SPEC §6), for the API's and the console's event streams alike: a
 * server-sent event stream that sends the meeting's lobby and roster ({@link Bridge.MeetingView} as
 * JSON, event name {@code meeting}) at once and again whenever they change. One thread looks at the
 * database every {@code keypad.conferencing.watch-interval} (1 s) for all streams, so each sees the
 * changes of every server sharing the database. A stream ends after 30 minutes; an EventSource
 * reconnects by itself. Thread-safe.
 */
@Component
public class MeetingWatch {

    private static final long TIMEOUT_MILLIS = Duration.ofMinutes(30).toMillis();

    private final Bridge bridge;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "keypad-meeting-events");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<SseEmitter, Watch> watches = new ConcurrentHashMap<>();

    MeetingWatch(Bridge bridge, @Value("${keypad.conferencing.watch-interval:1s}") Duration interval) {
        this.bridge = bridge;
        long intervalMillis = interval.toMillis();
        watcher.scheduleWithFixedDelay(this::sendChanges, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** A meeting as it is when one watches it, and what was last sent. Not thread-safe; used by the watcher thread. */
    private static final class Watch {
        private final String conferenceId;
        private Bridge.MeetingView sent;

        Watch(String conferenceId, Bridge.MeetingView sent) {
            this.conferenceId = conferenceId;
            this.sent = sent;
        }
    }

    /**
     * Opens a stream of a meeting, its first event already sent.
     *
     * @throws dev.keypad.InvalidInputException when the conference ID is not 7 digits, before the stream opens
     * @throws dev.keypad.NotFoundException     for an unknown conference ID, before the stream opens
     */
    public SseEmitter watch(String conferenceId) throws IOException {
        Bridge.MeetingView now = bridge.show(conferenceId);
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        emitter.send(SseEmitter.event().name("meeting").data(now, MediaType.APPLICATION_JSON));
        emitter.onCompletion(() -> watches.remove(emitter));
        emitter.onTimeout(() -> watches.remove(emitter));
        emitter.onError(error -> watches.remove(emitter));
        watches.put(emitter, new Watch(conferenceId, now));
        return emitter;
    }

    private void sendChanges() {
        watches.forEach((emitter, watch) -> {
            try {
                Bridge.MeetingView now = bridge.show(watch.conferenceId);
                if (!now.equals(watch.sent)) {
                    emitter.send(SseEmitter.event().name("meeting").data(now, MediaType.APPLICATION_JSON));
                    watch.sent = now;
                }
            } catch (IOException | RuntimeException e) {
                watches.remove(emitter);
                emitter.completeWithError(e);
            }
        });
    }

    /** Ends the streams as soon as the server begins to shut down, so a graceful shutdown does not wait for them. */
    @EventListener(ContextClosedEvent.class)
    void stop() {
        watcher.shutdownNow();
        watches.keySet().forEach(SseEmitter::complete);
        watches.clear();
    }
}
