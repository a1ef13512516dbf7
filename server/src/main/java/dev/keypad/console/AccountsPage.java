package dev.keypad.console;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.keypad.Actor;
import dev.keypad.ConflictException;
import dev.keypad.InvalidInputException;
import dev.keypad.NotFoundException;
import dev.keypad.access.AccountStatus;
import dev.keypad.access.Accounts;
import dev.keypad.access.AddAccount;
import dev.keypad.access.RemoveAccount;
import dev.keypad.access.Role;
import dev.keypad.access.UnblockSignIn;

/**
 * The administrators' list of accounts (SPEC §1): add one, remove one, and lift a sign-in block
 * after failed sign-ins. A new account's API token is shown in the answer to the POST that made it
 * and nowhere else, which is why adding renders the page instead of redirecting.
 */
@Controller
class AccountsPage {

    private final Accounts accounts;
    private final AddAccount addAccount;
    private final RemoveAccount removeAccount;
    private final UnblockSignIn unblockSignIn;
    private final Clock clock;

    AccountsPage(Accounts accounts, AddAccount addAccount, RemoveAccount removeAccount, UnblockSignIn unblockSignIn, Clock clock) {
        this.accounts = accounts;
        this.addAccount = addAccount;
        this.removeAccount = removeAccount;
        this.unblockSignIn = unblockSignIn;
        this.clock = clock;
    }

    /** The add form; role is a role's JSON name. */
    record AccountForm(String name, String role) {
    }

    /** A role in the form's select. */
    record RoleChoice(String value, String label) {
    }

    /**
     * One account in the table.
     *
     * @param blockedUntil when its sign-in block ends; null when it is not blocked now
     */
    record AccountRow(String name, String roleName, Instant createdAt, boolean hasPassword, Instant blockedUntil, boolean gateway) {
    }

    @GetMapping("/console/accounts")
    String list(Model model) {
        model.addAttribute("form", new AccountForm("", Role.HELPDESK.jsonName()));
        return show(model);
    }

    @PostMapping("/console/accounts")
    String add(@ModelAttribute("form") AccountForm form, BindingResult errors, Actor actor, Model model) {
        String name = form.name() == null ? "" : form.name().strip();
        AddAccount.Created created;
        try {
            created = addAccount.add(name, Role.parse(form.role()), null, actor);
        } catch (InvalidInputException e) {
            errors.rejectValue(e.field().equals("role") ? "role" : "name", "invalid", e.getMessage());
            return show(model);
        } catch (ConflictException e) {
            errors.rejectValue("name", "taken", e.getMessage() + "; choose another name.");
            return show(model);
        }
        Role role = created.account().role();
        model.addAttribute("done", "Account " + name + " (" + Viewer.nameOf(role) + ") is added.");
        model.addAttribute("shownOnce", new ShownOnce("API token of " + name, created.token()));
        model.addAttribute("tokenNote", role == Role.GATEWAY
                ? "Configure it in the PBX or IVR; gateways use it with the API and cannot use the console."
                : "Give it to the person; they sign in with it and set their own password.");
        model.addAttribute("form", new AccountForm("", role.jsonName()));
        return show(model);
    }

    @PostMapping("/console/accounts/{name}/remove")
    String remove(@PathVariable String name, Actor actor, RedirectAttributes redirect) {
        try {
            removeAccount.remove(name, actor);
            redirect.addFlashAttribute("done", "Account " + name + " is removed; its API tokens stopped working.");
        } catch (InvalidInputException | NotFoundException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/console/accounts";
    }

    @PostMapping("/console/accounts/{name}/unblock")
    String unblock(@PathVariable String name, Actor actor, RedirectAttributes redirect) {
        try {
            if (unblockSignIn.unblock(name, actor)) {
                redirect.addFlashAttribute("done", "Account " + name + " may sign in again now.");
            } else {
                redirect.addFlashAttribute("problem", "Sign-in of '" + name + "' is not blocked; nothing was changed");
            }
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/console/accounts";
    }

    private String show(Model model) {
        Instant now = clock.instant();
        List<AccountRow> rows = accounts.listStatus().stream().map(status -> row(status, now)).toList();
        model.addAttribute("accounts", rows);
        model.addAttribute("roles", Arrays.stream(Role.values()).map(role -> new RoleChoice(role.jsonName(), Viewer.nameOf(role))).toList());
        model.addAttribute("time", TimeText.UTC);
        return "console/accounts";
    }

    private static AccountRow row(AccountStatus status, Instant now) {
        return new AccountRow(status.account().name(), Viewer.nameOf(status.account().role()), status.account().createdAt(),
                status.hasPassword(), status.blockedAt(now) ? status.signInBlockedUntil() : null,
                status.account().role() == Role.GATEWAY);
    }
}
