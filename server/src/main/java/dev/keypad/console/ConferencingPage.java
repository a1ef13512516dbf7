package dev.keypad.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.policy.PinPolicy;
import dev.keypad.settings.Tenant;
import dev.keypad.settings.TenantSettings;

/** The tenant's audio conferencing settings (SPEC §6): a form for administrators, read-only for the others. */
@Controller
class ConferencingPage {

    private final Tenant tenant;

    ConferencingPage(Tenant tenant) {
        this.tenant = tenant;
    }

    /**
     * The settings form. {@code pinLength} is text, so that whatever was typed comes back with its error;
     * an unticked box is not sent at all, hence null for false.
     */
    record ConferencingForm(String pinLength, Boolean automaticallySendEmailsToUsers, Boolean allowPstnOnlyMeetingsByDefault) {

        static ConferencingForm of(TenantSettings settings) {
            return new ConferencingForm(Integer.toString(settings.pinLength()), settings.automaticallySendEmailsToUsers(),
                    settings.allowPstnOnlyMeetingsByDefault());
        }
    }

    @GetMapping("/console/conferencing")
    String show(Model model) {
        TenantSettings settings = tenant.settings();
        model.addAttribute("settings", settings);
        model.addAttribute("form", ConferencingForm.of(settings));
        return "console/conferencing";
    }

    @PostMapping("/console/conferencing")
    String change(@ModelAttribute("form") ConferencingForm form, BindingResult errors, Actor actor, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("settings", tenant.settings());
        Integer pinLength = wholeNumber(form.pinLength());
        if (pinLength == null) {
            errors.rejectValue("pinLength", "number", "Enter the PIN length as a whole number from " + PinPolicy.MIN_LENGTH
                    + " to " + PinPolicy.MAX_CONFERENCE_LENGTH);
            return "console/conferencing";
        }
        try {
            tenant.change(new Tenant.Patch(Boolean.TRUE.equals(form.automaticallySendEmailsToUsers()), pinLength,
                    Boolean.TRUE.equals(form.allowPstnOnlyMeetingsByDefault())), actor);
        } catch (InvalidInputException e) {
            errors.rejectValue("pinLength", "invalid", sentence(e.getMessage()));
            return "console/conferencing";
        }
        redirect.addFlashAttribute("done", "The conferencing settings are saved. Existing PINs and users are unchanged.");
        return "redirect:/console/conferencing";
    }

    private static Integer wholeNumber(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,3}")) {
            return null;
        }
        return Integer.parseInt(text.strip());
    }

    /** The use case's messages start with the field name, which reads well in the API and oddly on a page. */
    private static String sentence(String message) {
        String text = message.startsWith("pinLength ") ? "The PIN length " + message.substring("pinLength ".length()) : message;
        return text.endsWith(".") ? text : text + ".";
    }
}
