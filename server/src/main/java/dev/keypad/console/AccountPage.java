package dev.keypad.console;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.access.SetPassword;

/** The signed-in account's own page: its role, and its console password. */
@Controller
class AccountPage {

    private final SetPassword setPassword;

    AccountPage(SetPassword setPassword) {
        this.setPassword = setPassword;
    }

    /** The password form; never echoed back into the page. */
    record PasswordForm(String password, String repeated) {
        @Override
        public String toString() {
            return "PasswordForm[*****]";
        }
    }

    @GetMapping("/console/account")
    String show(Model model) {
        model.addAttribute("form", new PasswordForm("", ""));
        return "console/account";
    }

    @PostMapping("/console/account/password")
    String setPassword(@ModelAttribute("form") PasswordForm form, BindingResult errors, Authentication authentication,
                       Actor actor, RedirectAttributes redirect) {
        if (form.password() == null || !form.password().equals(form.repeated())) {
            errors.rejectValue("repeated", "different", "The two passwords are not the same");
            return "console/account";
        }
        try {
            setPassword.set(authentication.getName(), form.password(), actor);
        } catch (InvalidInputException e) {
            errors.rejectValue("password", "invalid", e.getMessage());
            return "console/account";
        }
        redirect.addFlashAttribute("done", "Your password is set. Use it the next time you sign in.");
        return "redirect:/console/account";
    }
}
