package dev.keypad.signin.api;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.pin.Pin;
import dev.keypad.policy.Purpose;
import dev.keypad.signin.Caller;
import dev.keypad.signin.SignIn;

/** The phone side under {@code /api/v1/phone} (docs/api.md): what gateways call. */
@RestController
@RequestMapping("/api/v1/phone")
class PhoneController {

    private final SignIn signIn;

    PhoneController(SignIn signIn) {
        this.signIn = signIn;
    }

    @PostMapping("/sign-in")
    Answer signIn(@RequestBody SignInRequest request, Actor actor) {
        SignIn.Result result = signIn.signIn(Purpose.parse(request.purpose()), request.caller(), pin("pin", request.pin()),
                request.callerId(), actor);
        return new Answer(result.outcome().code(), result.identity());
    }

    @PostMapping("/change-pin")
    Answer changePin(@RequestBody ChangePinRequest request, Actor actor) {
        SignIn.ChangeResult result = signIn.changePin(Purpose.parse(request.purpose()), request.caller(), pin("pin", request.pin()),
                pin("newPin", request.newPin()), request.callerId(), actor);
        return new Answer(result.outcome(), result.identity());
    }

    private static Pin pin(String field, String digits) {
        if (digits == null || digits.isEmpty()) {
            throw new InvalidInputException(field, field + " is required");
        }
        try {
            return Pin.of(digits);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, field + " must be ASCII digits 0-9 only");
        }
    }

    record Answer(String outcome, String identity) {
    }

    record SignInRequest(String purpose, String extension, String site, String lineUri, String identity, String pin,
                         String callerId) {

        Caller caller() {
            return new Caller(extension, site, lineUri, identity);
        }

        @Override
        public String toString() {
            return "SignInRequest[purpose=" + purpose + ", caller=" + caller() + ", pin=*****]";
        }
    }

    record ChangePinRequest(String purpose, String extension, String site, String lineUri, String identity, String pin,
                            String newPin, String callerId) {

        Caller caller() {
            return new Caller(extension, site, lineUri, identity);
        }

        @Override
        public String toString() {
            return "ChangePinRequest[purpose=" + purpose + ", caller=" + caller() + ", pin=*****, newPin=*****]";
        }
    }
}
