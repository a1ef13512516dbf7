package dev.keypad.conferencing.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.conferencing.Bridge;
import dev.keypad.pin.Pin;

/** The conference bridge for gateways (docs/api.md "The conference bridge"). */
@RestController
@RequestMapping("/api/v1/conference")
class BridgeController {

    private final Bridge bridge;

    BridgeController(Bridge bridge) {
        this.bridge = bridge;
    }

    @PostMapping("/join")
    Bridge.Joined join(@RequestBody JoinRequest request) {
        return bridge.join(request.conferenceId(), request.callerId());
    }

    @PostMapping("/organizer")
    Bridge.OrganizerAnswer organizer(@RequestBody OrganizerRequest request, Actor actor) {
        if (request.pin() == null) {
            throw new InvalidInputException("pin", "pin is required: the digits the caller typed");
        }
        return bridge.organizer(request.call(), Pin.of(request.pin()), actor);
    }

    @PostMapping("/leave")
    Bridge.Left leave(@RequestBody CallRequest request) {
        return bridge.leave(request.call());
    }

    @GetMapping("/{conferenceId}")
    Bridge.MeetingView show(@PathVariable String conferenceId) {
        return bridge.show(conferenceId);
    }

    record JoinRequest(String conferenceId, String callerId) {
    }

    /** {@code pin} is never echoed. */
    record OrganizerRequest(String call, String pin) {
        @Override
        public String toString() {
            return "OrganizerRequest[call=" + call + ", pin=*****]";
        }
    }

    record CallRequest(String call) {
    }
}
