package dev.keypad.console;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.keypad.Actor;
import dev.keypad.NotFoundException;
import dev.keypad.conferencing.Conferencing;
import dev.keypad.conferencing.ConferencingResult;
import dev.keypad.directory.User;
import dev.keypad.mail.MailChoice;

/**
 * A user's audio conferencing changed from the user page (SPEC §6), by administrators only. Mails
 * follow the tenant setting, except the conference information mail, which is asked for. A new
 * leader PIN is shown in this response alone, as with {@link SetPinPage}.
 */
@Controller
class UserConferencingPage {

    private final UserSheet sheet;
    private final Conferencing conferencing;

    UserConferencingPage(UserSheet sheet, Conferencing conferencing) {
        this.sheet = sheet;
        this.conferencing = conferencing;
    }

    @PostMapping("/console/users/{id}/conferencing/{action}")
    String change(@PathVariable String id, @PathVariable String action, Actor actor, Model model, RedirectAttributes redirect) {
        User user = sheet.user(id);
        ConferencingResult result = run(action, List.of(user.identity()), actor);
        String name = user.data().displayName();
        if (result.outcome().equals("failed")) {
            redirect.addFlashAttribute("problem", "Nothing was changed: " + result.detail());
            return "redirect:/console/users/" + user.id();
        }
        String done = switch (action) {
            case "enable" -> name + " is enabled for audio conferencing with conference ID " + result.conferenceId() + ".";
            case "disable" -> name + " is no longer enabled for audio conferencing; the conference ID stopped working.";
            case "reset-leader-pin" -> "The leader PIN of " + name + " is reset.";
            case "reset-conference-id" -> "The conference ID of " + name + " is now " + result.conferenceId() + "; the old one stopped working.";
            case "send-info" -> "Conference information of " + name + ":";
            default -> "The conferencing of " + name + " is changed: " + result.detail() + ".";
        } + UserSheet.mailOutcome(result.mail());
        if (result.leaderPin() == null) {
            redirect.addFlashAttribute("done", done);
            return "redirect:/console/users/" + user.id();
        }
        model.addAttribute("done", done);
        model.addAttribute("shownOnce", new ShownOnce("New leader PIN of " + name, result.leaderPin()));
        sheet.show(model, user);
        return "console/user";
    }

    private ConferencingResult run(String action, List<String> user, Actor actor) {
        MailChoice automatic = MailChoice.automatic();
        return (switch (action) {
            case "enable" -> conferencing.enable(user, automatic, false, actor);
            case "disable" -> conferencing.disable(user, automatic, false, actor);
            case "reset-leader-pin" -> conferencing.change(user, new Conferencing.Change(true, false, null, automatic), false, actor);
            case "reset-conference-id" -> conferencing.change(user, new Conferencing.Change(false, true, null, automatic), false, actor);
            case "allow-pstn-only" -> conferencing.change(user, new Conferencing.Change(false, false, true, automatic), false, actor);
            case "forbid-pstn-only" -> conferencing.change(user, new Conferencing.Change(false, false, false, automatic), false, actor);
            case "send-info" -> conferencing.change(user, new Conferencing.Change(false, false, null, new MailChoice(true, null)), false, actor);
            default -> throw new NotFoundException(action, "No conferencing action '" + action + "'");
        }).results().get(0);
    }
}
