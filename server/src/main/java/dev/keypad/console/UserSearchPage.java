package dev.keypad.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.keypad.InvalidInputException;
import dev.keypad.directory.UserPage;

/** Finding users: the search box, selection fields, and one page of results with a link to the next. */
@Controller
class UserSearchPage {

    private final UserSearch search;

    UserSearchPage(UserSearch search) {
        this.search = search;
    }

    @GetMapping("/console/users")
    String find(@ModelAttribute("form") UserSearchForm form, BindingResult errors, Model model) {
        model.addAttribute("searched", form.search() != null || form.hasSelection() || form.after() != null);
        try {
            UserPage page = search.page(form);
            model.addAttribute("page", page);
            model.addAttribute("nextLink", page.next() == null ? null : form.linkFrom(page.next()));
            model.addAttribute("firstLink", form.isFirstPage() ? null : form.linkFrom(null));
        } catch (InvalidInputException e) {
            if (e.field().equals("after")) {
                model.addAttribute("problem", "That link to a further page is broken or outdated; start again from the first page.");
                model.addAttribute("firstLink", form.linkFrom(null));
            } else {
                errors.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return "console/users";
    }
}
