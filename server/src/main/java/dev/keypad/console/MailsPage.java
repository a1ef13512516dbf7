package dev.keypad.console;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.keypad.Actor;
import dev.keypad.ConflictException;
import dev.keypad.InvalidInputException;
import dev.keypad.NotFoundException;
import dev.keypad.directory.AmbiguousIdentityException;
import dev.keypad.directory.FindUsers;
import dev.keypad.mail.Mail;
import dev.keypad.mail.Outbox;

/**
 * The mail outbox (SPEC §5): what was sent, what waits and what failed, newest first. Administrators
 * retry failed mails and cancel unsent ones. Like the outbox itself, it never shows a PIN or a body.
 */
@Controller
class MailsPage {

    static final List<String> STATUSES = List.of(Mail.QUEUED, Mail.SENT, Mail.FAILED, Mail.CANCELLED);
    private static final int PAGE_SIZE = 50;

    private final Outbox outbox;
    private final FindUsers find;

    MailsPage(Outbox outbox, FindUsers find) {
        this.outbox = outbox;
        this.find = find;
    }

    /**
     * The listing's filters; blank means any.
     *
     * @param after the cursor of the previous page
     */
    record MailFilter(String status, String identity, String after) {

        public String statusOrNull() {
            return status == null || status.isBlank() ? null : status;
        }

        public String identityOrNull() {
            return identity == null || identity.isBlank() ? null : identity.strip();
        }
    }

    @GetMapping("/console/mails")
    String list(@ModelAttribute("filter") MailFilter filter, BindingResult errors, Model model, HttpServletResponse response) {
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("time", TimeText.UTC);
        Long userId = null;
        try {
            userId = filter.identityOrNull() == null ? null : find.one(filter.identityOrNull()).id();
        } catch (NotFoundException e) {
            errors.rejectValue("identity", "not-found", "Nobody has the identity " + filter.identityOrNull() + ".");
        } catch (AmbiguousIdentityException | InvalidInputException e) {
            errors.rejectValue("identity", "ambiguous", e.getMessage());
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "console/mails";
        }
        try {
            model.addAttribute("page", outbox.list(filter.statusOrNull(), userId, blankToNull(filter.after()), PAGE_SIZE));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            errors.rejectValue(e.field().equals("status") ? "status" : "after", "invalid", e.getMessage());
        }
        return "console/mails";
    }

    @GetMapping("/console/mails/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("mail", outbox.show(id));
        model.addAttribute("time", TimeText.UTC);
        return "console/mail";
    }

    @PostMapping("/console/mails/{id}/retry")
    String retry(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        try {
            outbox.retry(id, actor);
            redirect.addFlashAttribute("done", "Mail " + id + " is being sent again now, with a fresh run of attempts.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/console/mails/" + id;
    }

    @PostMapping("/console/mails/{id}/cancel")
    String cancel(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        try {
            outbox.cancel(id, actor);
            redirect.addFlashAttribute("done", "Mail " + id + " is cancelled: it will not be sent, and any PIN or link it held is erased.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/console/mails/" + id;
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String noSuchMail(NotFoundException e, Model model) {
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
