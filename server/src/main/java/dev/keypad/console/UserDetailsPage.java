package dev.keypad.console;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.keypad.Actor;
import dev.keypad.directory.User;
import dev.keypad.pin.LockPins;
import dev.keypad.pin.PinResult;
import dev.keypad.pin.PinTargets;
import dev.keypad.policy.Purpose;

/** The user page: directory attributes, PIN status per purpose, conferencing; and locking and unlocking PINs. */
@Controller
class UserDetailsPage {

    private final UserSheet sheet;
    private final LockPins lockPins;

    UserDetailsPage(UserSheet sheet, LockPins lockPins) {
        this.sheet = sheet;
        this.lockPins = lockPins;
    }

    @GetMapping("/console/users/{id}")
    String show(@PathVariable String id, Model model) {
        sheet.show(model, sheet.user(id));
        return "console/user";
    }

    @PostMapping("/console/users/{id}/pins/{purpose}/lock")
    String lock(@PathVariable String id, @PathVariable String purpose, Actor actor, RedirectAttributes redirect) {
        User user = sheet.user(id);
        Purpose what = UserSheet.purpose(purpose);
        PinResult result = lockPins.lock(what, PinTargets.named(List.of(user.identity())), false, actor).results().get(0);
        redirect.addFlashAttribute("done", switch (result.outcome()) {
            case PinResult.CHANGED -> subject(what, user) + " is locked: signing in with it fails until someone unlocks it.";
            case PinResult.UNCHANGED -> subject(what, user) + " was locked by an administrator already.";
            default -> subject(what, user) + " could not be locked: " + result.detail();
        });
        return "redirect:/console/users/" + user.id();
    }

    @PostMapping("/console/users/{id}/pins/{purpose}/unlock")
    String unlock(@PathVariable String id, @PathVariable String purpose, Actor actor, RedirectAttributes redirect) {
        User user = sheet.user(id);
        Purpose what = UserSheet.purpose(purpose);
        PinResult result = lockPins.unlock(what, PinTargets.named(List.of(user.identity())), false, actor).results().get(0);
        redirect.addFlashAttribute("done", switch (result.outcome()) {
            case PinResult.CHANGED -> subject(what, user) + " is unlocked and its failure counters are reset.";
            case PinResult.UNCHANGED -> subject(what, user) + " was not locked and had no failures counted.";
            default -> subject(what, user) + " could not be unlocked: " + result.detail();
        });
        return "redirect:/console/users/" + user.id();
    }

    /** "The phone PIN of Ken Myer". */
    static String subject(Purpose purpose, User user) {
        return "The " + purpose.jsonName() + " PIN of " + user.data().displayName();
    }
}
