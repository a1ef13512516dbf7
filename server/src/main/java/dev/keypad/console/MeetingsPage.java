package dev.keypad.console;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.keypad.InvalidInputException;
import dev.keypad.NotFoundException;
import dev.keypad.conferencing.Bridge;
import dev.keypad.conferencing.MeetingWatch;

/**
 * Who is dialed in to a meeting (SPEC §6): the lobby and the roster, live through the meeting's
 * event stream where the browser runs meeting.js, and with a Refresh link where it does not.
 */
@Controller
class MeetingsPage {

    private static final Pattern CONFERENCE_ID = Pattern.compile("[0-9]{7}");

    private final Bridge bridge;
    private final MeetingWatch watch;
    /** The open event streams of each session, ended with it: a stream must not outlive its sign-in. */
    private final Map<String, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

    MeetingsPage(Bridge bridge, MeetingWatch watch) {
        this.bridge = bridge;
        this.watch = watch;
    }

    record MeetingForm(String conferenceId) {
    }

    /** The form to open a meeting; with a conference ID, that meeting's page. */
    @GetMapping("/console/meetings")
    String open(@RequestParam(required = false) String conferenceId, Model model, HttpServletResponse response) {
        if (conferenceId == null) {
            return form(new MeetingForm(""), null, model);
        }
        String id = conferenceId.strip();
        if (!CONFERENCE_ID.matcher(id).matches()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(new MeetingForm(conferenceId), "A conference ID is 7 digits, such as 4711230.", model);
        }
        return "redirect:/console/meetings/" + id;
    }

    @GetMapping("/console/meetings/{conferenceId}")
    String show(@PathVariable String conferenceId, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("meeting", bridge.show(conferenceId));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(new MeetingForm(conferenceId), "A conference ID is 7 digits, such as 4711230.", model);
        } catch (NotFoundException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return form(new MeetingForm(conferenceId), "No user has the conference ID " + conferenceId
                    + ". It may have been reset or turned off.", model);
        }
        model.addAttribute("time", TimeText.UTC);
        return "console/meeting";
    }

    /** The meeting's lobby and roster as server-sent events, as the API streams them; a plain 400 or 404 before it opens. */
    @GetMapping(path = "/console/meetings/{conferenceId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> events(@PathVariable String conferenceId, HttpSession session) throws IOException {
        try {
            SseEmitter stream = watch.watch(conferenceId);
            String id = session.getId();
            streams.computeIfAbsent(id, key -> ConcurrentHashMap.newKeySet()).add(stream);
            Runnable forget = () -> streams.computeIfPresent(id, (key, open) -> open.remove(stream) && open.isEmpty() ? null : open);
            stream.onCompletion(forget);
            stream.onTimeout(forget);
            stream.onError(error -> forget.run());
            return ResponseEntity.ok(stream);
        } catch (InvalidInputException e) {
            return ResponseEntity.badRequest().build();
        } catch (NotFoundException e) {
            return ResponseEntity.notFound().build();
        }
    }

    /** Sign-out, an idle timeout or a removed account ends the session, and with it its streams. */
    @EventListener
    void on(HttpSessionDestroyedEvent ended) {
        Set<SseEmitter> open = streams.remove(ended.getId());
        if (open != null) {
            open.forEach(SseEmitter::complete);
        }
    }

    private static String form(MeetingForm form, String error, Model model) {
        BindingResult errors = new DirectFieldBindingResult(form, "form");
        if (error != null) {
            errors.rejectValue("conferenceId", "invalid", error);
        }
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        return "console/meetings";
    }
}
