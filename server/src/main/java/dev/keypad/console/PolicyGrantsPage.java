package dev.keypad.console;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.NotFoundException;
import dev.keypad.directory.AmbiguousIdentityException;
import dev.keypad.directory.FindUsers;
import dev.keypad.policy.GrantPolicy;
import dev.keypad.policy.Policies;
import dev.keypad.policy.PolicyScope;
import dev.keypad.policy.ScopedPolicy;

/**
 * Grants a tag policy to the users listed on its page (SPEC §3). Unlike the API, which answers each
 * identity on its own, the form grants all or nothing: one unknown or ambiguous identity is shown
 * next to the field by name and nothing is granted, so that correcting the list and sending it
 * again does the whole job once.
 */
@Controller
class PolicyGrantsPage {

    private final Policies policies;
    private final FindUsers find;
    private final GrantPolicy grantPolicy;
    private final TransactionTemplate transactions;

    PolicyGrantsPage(Policies policies, FindUsers find, GrantPolicy grantPolicy, PlatformTransactionManager transactionManager) {
        this.policies = policies;
        this.find = find;
        this.grantPolicy = grantPolicy;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @PostMapping("/console/policies/{purpose}/{scope}/grants")
    String grant(@PathVariable String purpose, @PathVariable String scope, @ModelAttribute("grantForm") GrantForm form,
                 BindingResult errors, Actor actor, Model model, RedirectAttributes redirect) {
        ScopedPolicy policy = PoliciesPage.find(policies, purpose, scope);
        if (policy.scope().kind() != PolicyScope.Kind.TAG) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Only tag policies are granted to users; "
                    + policy.scope().text() + " applies by itself");
        }
        List<String> identities = form.identityList();
        if (identities.isEmpty()) {
            errors.rejectValue("identities", "empty", "List the users to grant " + policy.scope().text()
                    + " to, one identity per line");
        }
        List<GrantPolicy.Granted> granted = errors.hasErrors() ? List.of() : grantAll(policy, identities, errors, actor);
        if (errors.hasErrors()) {
            model.addAttribute("form", PolicyForm.of(policy.policy()));
            return PoliciesPage.page(policy.purpose(), policy, model);
        }
        long already = granted.stream().filter(user -> !user.changed()).count();
        redirect.addFlashAttribute("done", "The " + policy.purpose().jsonName() + " policy " + policy.scope().text()
                + " is granted to " + users(granted.size()) + (already == 0 ? "" : "; " + already + " of them had it already")
                + ". It applies at once.");
        return "redirect:" + PoliciesPage.pathOf(policy.purpose(), policy.scope());
    }

    /**
     * Grants the policy to every user the identities name, in one transaction, unless an identity
     * names nobody or several: then each such identity is rejected on the field and nothing is granted.
     */
    private List<GrantPolicy.Granted> grantAll(ScopedPolicy policy, List<String> identities, BindingResult errors, Actor actor) {
        return transactions.execute(status -> {
            List<String> unknown = new ArrayList<>();
            for (String identity : identities) {
                try {
                    find.all(identity);
                } catch (NotFoundException e) {
                    unknown.add(identity);
                } catch (AmbiguousIdentityException | InvalidInputException e) {
                    errors.rejectValue("identities", "ambiguous", e.getMessage() + ".");
                }
            }
            if (!unknown.isEmpty()) {
                errors.rejectValue("identities", "unknown", "No user matches " + String.join(", ", unknown) + ".");
            }
            if (errors.hasErrors()) {
                // FindUsers marked the transaction for rollback when it threw; there is nothing to keep anyway.
                status.setRollbackOnly();
                return List.of();
            }
            return identities.stream()
                    .flatMap(identity -> grantPolicy.grant(policy.purpose(), identity, policy.scope().name(), actor).stream())
                    .toList();
        });
    }

    private static String users(int count) {
        return count == 1 ? "1 user" : count + " users";
    }
}
