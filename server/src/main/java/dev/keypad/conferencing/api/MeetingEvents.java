package dev.keypad.conferencing.api;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.keypad.conferencing.Bridge;

/**
 * The live view of a meeting (SPEC §6, for the console): a server-sent event stream that sends the
 * meeting's lobby and roster at once and again whenever they change. Each stream looks at the
 * database every {@code keypad.conferencing.watch-interval} (1 s), so it sees the changes of every
 * server sharing it. A stream ends after 30 minutes; an EventSource reconnects by itself.
 */
@RestController
class MeetingEvents {

    private static final long TIMEOUT_MILLIS = Duration.ofMinutes(30).toMillis();

    private final Bridge bridge;
    private final long intervalMillis;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "keypad-meeting-events");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<SseEmitter, Watch> watches = new ConcurrentHashMap<>();

    MeetingEvents(Bridge bridge, @Value("${keypad.conferencing.watch-interval:1s}") Duration interval) {
        this.bridge = bridge;
        this.intervalMillis = interval.toMillis();
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

    /** @throws dev.keypad.NotFoundException for an unknown conference ID, before the stream opens */
    @GetMapping(path = "/api/v1/conference/{conferenceId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter watch(@PathVariable String conferenceId) throws IOException {
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
