package dev.keypad.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.directory.User;
import dev.keypad.mail.MailChoice;
import dev.keypad.pin.InvalidPinException;
import dev.keypad.pin.Pin;
import dev.keypad.pin.PinResult;
import dev.keypad.pin.PinTargets;
import dev.keypad.pin.SetPins;
import dev.keypad.policy.Purpose;

/**
 * Sets or resets one PIN of a user from the user page (SPEC §4 "set"). A generated PIN is shown in
 * this response alone, which is why it renders the page instead of redirecting: a redirect would
 * have to carry the PIN through the session or the URL.
 */
@Controller
class SetPinPage {

    private final UserSheet sheet;
    private final SetPins setPins;

    SetPinPage(UserSheet sheet, SetPins setPins) {
        this.sheet = sheet;
        this.setPins = setPins;
    }

    @PostMapping("/console/users/{id}/pins/{purpose}/set")
    String set(@PathVariable String id, @PathVariable String purpose, @ModelAttribute("setForm") SetPinForm form, Actor actor,
               Model model, RedirectAttributes redirect) {
        User user = sheet.user(id);
        Purpose what = UserSheet.purpose(purpose);
        Map<String, String> errors = new LinkedHashMap<>();
        Pin pin = typedPin(form, errors);
        MailChoice mail = null;
        try {
            mail = form.mailChoice();
        } catch (InvalidInputException e) {
            errors.put("emailTo", e.getMessage());
        }
        if (!errors.isEmpty()) {
            return again(model, user, what, errors);
        }
        PinResult result = setPins.set(what, PinTargets.named(List.of(user.identity())),
                new SetPins.Request(pin, form.mustChangeTicked(), form.unlockTicked(), mail, false), actor).results().get(0);
        if (result.outcome().equals(PinResult.FAILED)) {
            errors.put("pin", result.violations() == null ? result.detail()
                    : result.violations().stream().map(PinResult.Broken::message).collect(Collectors.joining(" ")));
            return again(model, user, what, errors);
        }
        String done = UserDetailsPage.subject(what, user) + " is set" + (form.mustChangeTicked() ? "; it must be changed at the next sign-in." : ".")
                + UserSheet.mailOutcome(result.mail());
        if (result.pin() == null) {
            redirect.addFlashAttribute("done", done);
            return "redirect:/console/users/" + user.id();
        }
        model.addAttribute("done", done);
        model.addAttribute("shownOnce", new ShownOnce("New " + what.jsonName() + " PIN of " + user.data().displayName(), result.pin()));
        sheet.show(model, user);
        return "console/user";
    }

    /** The PIN typed into the form, or null to generate one; a missing or malformed one is an error of the field. */
    private static Pin typedPin(SetPinForm form, Map<String, String> errors) {
        if (!form.typed()) {
            return null;
        }
        if (form.pin() == null || form.pin().isEmpty()) {
            errors.put("pin", "Type the new PIN, or choose to let Keypad generate one.");
            return null;
        }
        try {
            return Pin.of(form.pin());
        } catch (InvalidPinException e) {
            errors.put("pin", e.violations().get(0).message());
            return null;
        }
    }

    /** The user page again, with the form's errors next to its fields and nothing changed. */
    private String again(Model model, User user, Purpose purpose, Map<String, String> errors) {
        model.addAttribute("setPurpose", purpose.jsonName());
        model.addAttribute("setErrors", errors);
        sheet.show(model, user);
        return "console/user";
    }
}
