package dev.keypad.console;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.NotFoundException;
import dev.keypad.directory.User;
import dev.keypad.pin.LockPins;
import dev.keypad.pin.PinResult;
import dev.keypad.pin.PinTargets;
import dev.keypad.policy.GrantPolicy;
import dev.keypad.policy.Purpose;

/**
 * The user page: directory attributes, PIN status and policy per purpose, conferencing; and locking
 * and unlocking PINs, and granting a tag policy.
 */
@Controller
class UserDetailsPage {

    private final UserSheet sheet;
    private final LockPins lockPins;
    private final GrantPolicy grantPolicy;

    UserDetailsPage(UserSheet sheet, LockPins lockPins, GrantPolicy grantPolicy) {
        this.sheet = sheet;
        this.lockPins = lockPins;
        this.grantPolicy = grantPolicy;
    }

    @GetMapping("/console/users/{id}")
    String show(@PathVariable String id, Model model) {
        sheet.show(model, sheet.user(id));
        return "console/user";
    }

    @PostMapping("/console/users/{id}/pins/{purpose}/lock")
    String lock(@PathVariable String id, @PathVariable String purpose, Actor actor, RedirectAttributes redirect) {
        return lockOrUnlock(id, purpose, true, actor, redirect);
    }

    @PostMapping("/console/users/{id}/pins/{purpose}/unlock")
    String unlock(@PathVariable String id, @PathVariable String purpose, Actor actor, RedirectAttributes redirect) {
        return lockOrUnlock(id, purpose, false, actor, redirect);
    }

    private String lockOrUnlock(String id, String purpose, boolean lock, Actor actor, RedirectAttributes redirect) {
        User user = sheet.user(id);
        Purpose what = UserSheet.purpose(purpose);
        PinTargets target = PinTargets.named(List.of(user.identity()));
        PinResult result = (lock ? lockPins.lock(what, target, false, actor) : lockPins.unlock(what, target, false, actor))
                .results().get(0);
        String subject = subject(what, user);
        switch (result.outcome()) {
            case PinResult.CHANGED -> redirect.addFlashAttribute("done", subject + (lock
                    ? " is locked: signing in with it fails until someone unlocks it."
                    : " is unlocked and its failure counters are reset."));
            case PinResult.UNCHANGED -> redirect.addFlashAttribute("done", subject + (lock
                    ? " was locked by an administrator already." : " was not locked and had no failures counted."));
            default -> redirect.addFlashAttribute("problem", subject + " could not be " + (lock ? "locked" : "unlocked")
                    + ": " + result.detail());
        }
        return "redirect:/console/users/" + user.id();
    }

    /**
     * Grants a tag policy of the purpose to the user, replacing an earlier grant, or takes the grant away.
     *
     * @param policy {@code tag:NAME}, or blank for no grant
     */
    @PostMapping("/console/users/{id}/policies/{purpose}")
    String grant(@PathVariable String id, @PathVariable String purpose, @RequestParam(defaultValue = "") String policy,
                 Actor actor, RedirectAttributes redirect) {
        User user = sheet.user(id);
        Purpose what = UserSheet.purpose(purpose);
        String tag = policy.isBlank() ? null : policy.strip();
        boolean changed;
        try {
            changed = grantPolicy.grant(what, user.identity(), tag, actor).get(0).changed();
        } catch (NotFoundException | InvalidInputException e) {
            // The tag policy was removed (or the form tampered with) since the page was shown.
            redirect.addFlashAttribute("problem", e.getMessage() + "; nothing was changed.");
            return "redirect:/console/users/" + user.id();
        }
        String applies = sheet.policy(user, what).appliesText();
        String name = user.data().displayName();
        redirect.addFlashAttribute("done", !changed
                ? "Nothing changed: the " + what.jsonName() + " policy of " + name + " is " + applies + " already."
                : tag == null ? name + " has no " + what.jsonName() + " policy granted any more; " + applies + " applies."
                : "The " + what.jsonName() + " policy of " + name + " is " + applies + " now, and applies at once.");
        return "redirect:/console/users/" + user.id();
    }

    /** "The phone PIN of Ken Myer". */
    static String subject(Purpose purpose, User user) {
        return "The " + purpose.jsonName() + " PIN of " + user.data().displayName();
    }
}
