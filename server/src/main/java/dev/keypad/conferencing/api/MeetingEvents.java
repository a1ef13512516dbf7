package dev.keypad.conferencing.api;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.keypad.conferencing.MeetingWatch;

/** The live view of a meeting for API clients (docs/api.md "The conference bridge"); see {@link MeetingWatch}. */
@RestController
class MeetingEvents {

    private final MeetingWatch watch;

    MeetingEvents(MeetingWatch watch) {
        this.watch = watch;
    }

    /** @throws dev.keypad.NotFoundException for an unknown conference ID, before the stream opens */
    @GetMapping(path = "/api/v1/conference/{conferenceId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter watch(@PathVariable String conferenceId) throws IOException {
        return watch.watch(conferenceId);
    }
}
