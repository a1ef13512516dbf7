package dev.keypad.console.selfservice;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.keypad.Actor;
import dev.keypad.conferencing.Conferencing;
import dev.keypad.conferencing.ConferencingResult;
import dev.keypad.console.ShownOnce;
import dev.keypad.mail.MailChoice;
import dev.keypad.pin.ChangeOwnPin;
import dev.keypad.pin.InvalidPinException;
import dev.keypad.pin.Pin;
import dev.keypad.pin.PinResult;
import dev.keypad.pin.PinTargets;
import dev.keypad.pin.SetPins;
import dev.keypad.policy.Purpose;

/**
 * The signed-in user's own PINs (ADR 0013): their state, a reset that shows a generated PIN once,
 * in the answer to the POST that made it and nowhere else, and a change to a PIN of their own
 * choice. Only PINs that are set can be reset or changed here: a user without a PIN of a purpose
 * was not given that purpose, and self-service does not give it. No mail goes out: the user sees
 * the new PIN on the page.
 */
@Controller
class OwnPinsPage {

    private static final MailChoice NO_MAIL = new MailChoice(false, null);

    private final OwnPins ownPins;
    private final SetPins setPins;
    private final ChangeOwnPin changeOwnPin;
    private final Conferencing conferencing;

    OwnPinsPage(OwnPins ownPins, SetPins setPins, ChangeOwnPin changeOwnPin, Conferencing conferencing) {
        this.ownPins = ownPins;
        this.setPins = setPins;
        this.changeOwnPin = changeOwnPin;
        this.conferencing = conferencing;
    }

    /** The change form; never echoed back into the page. */
    record NewPinForm(String pin, String repeated) {
        @Override
        public String toString() {
            return "NewPinForm[*****]";
        }
    }

    @GetMapping("/self/pins")
    String show(@AuthenticationPrincipal SelfServiceUser me, Model model) {
        model.addAttribute("overview", ownPins.of(me));
        return "self/pins";
    }

    @PostMapping("/self/pins/{purpose}/reset")
    String reset(@PathVariable("purpose") String purposeName, @AuthenticationPrincipal SelfServiceUser me, Actor actor,
                 Model model, HttpServletResponse response) {
        Purpose purpose = own(purposeName);
        if (!ownPins.row(me, purpose).info().isPinSet()) {
            return notSet(purpose, me, model, response);
        }
        // Clears failure and temporary lockouts, as any set PIN does, but not an administrator's lock (ADR 0013).
        PinResult result = setPins.set(purpose, PinTargets.named(List.of(me.sipAddress())),
                new SetPins.Request(null, false, false, NO_MAIL, false), actor).results().get(0);
        if (!PinResult.CHANGED.equals(result.outcome())) {
            throw new IllegalStateException("A self-service reset of " + me.sipAddress() + " failed: " + result.detail());
        }
        model.addAttribute("shown", new ShownOnce("Your new " + OwnPins.name(purpose), result.pin()));
        return show(me, model);
    }

    @PostMapping("/self/conference/reset-leader-pin")
    String resetLeaderPin(@AuthenticationPrincipal SelfServiceUser me, Actor actor, Model model, HttpServletResponse response) {
        if (ownPins.of(me).conferenceId() == null) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", "You are not enabled for audio conferencing, so you have no leader PIN.");
            return show(me, model);
        }
        ConferencingResult result = conferencing.change(List.of(me.sipAddress()),
                new Conferencing.Change(true, false, null, NO_MAIL), false, actor).results().get(0);
        if (result.leaderPin() == null) {
            throw new IllegalStateException("A self-service leader PIN reset of " + me.sipAddress() + " failed: " + result.detail());
        }
        model.addAttribute("shown", new ShownOnce("Your new " + OwnPins.name(Purpose.CONFERENCE), result.leaderPin()));
        return show(me, model);
    }

    @GetMapping("/self/pins/{purpose}/change")
    String changeForm(@PathVariable("purpose") String purposeName, @AuthenticationPrincipal SelfServiceUser me, Model model) {
        model.addAttribute("form", new NewPinForm("", ""));
        model.addAttribute("row", ownPins.row(me, own(purposeName)));
        return "self/change";
    }

    @PostMapping("/self/pins/{purpose}/change")
    String change(@PathVariable("purpose") String purposeName, @ModelAttribute("form") NewPinForm form, BindingResult errors,
                  @AuthenticationPrincipal SelfServiceUser me, Actor actor, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Purpose purpose = own(purposeName);
        OwnPins.Row row = ownPins.row(me, purpose);
        model.addAttribute("row", row);
        if (!row.info().isPinSet()) {
            return notSet(purpose, me, model, response);
        }
        try {
            Pin pin = Pin.of(form.pin());
            if (!form.pin().equals(form.repeated())) {
                errors.rejectValue("repeated", "different", "The two PINs are not the same");
            } else {
                PinResult result = changeOwnPin.change(purpose, me.sipAddress(), pin, actor);
                if (!PinResult.CHANGED.equals(result.outcome())) {
                    errors.rejectValue("pin", "invalid", result.violations() == null ? result.detail()
                            : result.violations().stream().map(PinResult.Broken::message).collect(Collectors.joining(" ")));
                }
            }
        } catch (InvalidPinException e) {
            errors.rejectValue("pin", "invalid", e.violations().stream().map(v -> v.message()).collect(Collectors.joining(" ")));
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "self/change";
        }
        redirect.addFlashAttribute("done", "Your " + OwnPins.name(purpose) + " is changed. Use the new one from now on.");
        return "redirect:/self/pins";
    }

    private String notSet(Purpose purpose, SelfServiceUser me, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("problem", "You have no " + OwnPins.name(purpose) + " to reset or change. Ask your help desk for one.");
        return show(me, model);
    }

    private static Purpose own(String name) {
        return OwnPins.PURPOSES.stream().filter(purpose -> purpose.jsonName().equals(name)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such PIN"));
    }
}
