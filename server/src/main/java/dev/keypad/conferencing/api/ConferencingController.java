package dev.keypad.conferencing.api;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.keypad.Actor;
import dev.keypad.conferencing.Conferencing;
import dev.keypad.conferencing.ConferencingResults;
import dev.keypad.mail.MailChoice;

/** Users' audio conferencing (docs/api.md "Audio conferencing users"). */
@RestController
@RequestMapping("/api/v1/conferencing/users")
class ConferencingController {

    private final Conferencing conferencing;

    ConferencingController(Conferencing conferencing) {
        this.conferencing = conferencing;
    }

    @GetMapping
    Map<String, List<Conferencing.ConferencingUser>> show(@RequestParam String identity) {
        return Map.of("items", conferencing.show(identity));
    }

    @PostMapping("/enable")
    ConferencingResults enable(@RequestBody SwitchRequest request, Actor actor) {
        return conferencing.enable(request.identities(), new MailChoice(request.sendEmail(), request.emailTo()), bool(request.whatIf()), actor);
    }

    @PostMapping("/disable")
    ConferencingResults disable(@RequestBody SwitchRequest request, Actor actor) {
        return conferencing.disable(request.identities(), new MailChoice(request.sendEmail(), request.emailTo()), bool(request.whatIf()), actor);
    }

    @PostMapping("/set")
    ConferencingResults set(@RequestBody SetRequest request, Actor actor) {
        return conferencing.change(request.identities(), new Conferencing.Change(bool(request.resetLeaderPin()),
                bool(request.resetConferenceId()), request.allowPstnOnlyMeetings(), new MailChoice(request.sendEmail(), request.emailTo())),
                bool(request.whatIf()), actor);
    }

    private static boolean bool(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    record SwitchRequest(List<String> identities, Boolean sendEmail, String emailTo, Boolean whatIf) {
    }

    record SetRequest(List<String> identities, Boolean resetLeaderPin, Boolean resetConferenceId, Boolean allowPstnOnlyMeetings,
                      Boolean sendEmail, String emailTo, Boolean whatIf) {
    }
}
