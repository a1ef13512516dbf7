package dev.keypad.console;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.policy.ChangePolicy;
import dev.keypad.policy.PinPolicy;
import dev.keypad.policy.Policies;
import dev.keypad.policy.PolicyChanges;
import dev.keypad.policy.PolicyScope;
import dev.keypad.policy.Purpose;
import dev.keypad.policy.ScopedPolicy;

/**
 * PIN policies per purpose and scope (SPEC §3): everyone may read them, administrators change,
 * add and remove them ({@link PolicyGrantsPage} grants them). A rejected change is shown next to
 * the field it names and stores nothing.
 */
@Controller
class PoliciesPage {

    private final Policies policies;
    private final ChangePolicy changePolicy;

    PoliciesPage(Policies policies, ChangePolicy changePolicy) {
        this.policies = policies;
        this.changePolicy = changePolicy;
    }

    /** The policies of one purpose, global first. */
    record PurposePolicies(Purpose purpose, List<ScopedPolicy> policies) {
    }

    @GetMapping("/console/policies")
    String list(Model model) {
        model.addAttribute("purposes", Arrays.stream(Purpose.values())
                .map(purpose -> new PurposePolicies(purpose, policies.list(purpose))).toList());
        return "console/policies";
    }

    @GetMapping("/console/policies/{purpose}/{scope}")
    String show(@PathVariable String purpose, @PathVariable String scope, Model model) {
        ScopedPolicy policy = find(policies, purpose, scope);
        model.addAttribute("form", PolicyForm.of(policy.policy()));
        return page(policy.purpose(), policy, model);
    }

    @PostMapping("/console/policies/{purpose}/{scope}")
    String change(@PathVariable String purpose, @PathVariable String scope, @ModelAttribute("form") PolicyForm form,
                  BindingResult errors, Actor actor, Model model, RedirectAttributes redirect) {
        ScopedPolicy policy = find(policies, purpose, scope);
        if (!put(policy.purpose(), policy.scope(), form, errors, actor)) {
            return page(policy.purpose(), policy, model);
        }
        redirect.addFlashAttribute("done", "The " + policy.purpose().jsonName() + " policy " + policy.scope().text()
                + " is saved and applies at once.");
        return "redirect:" + pathOf(policy.purpose(), policy.scope());
    }

    @GetMapping("/console/policies/new")
    String newPolicy(@RequestParam(required = false) String purpose, Model model) {
        Purpose p = purposeOf(purpose);
        model.addAttribute("form", PolicyForm.of(PinPolicy.defaults(p)));
        return page(p, null, model);
    }

    @PostMapping("/console/policies")
    String add(@RequestParam(required = false) String purpose, @ModelAttribute("form") PolicyForm form, BindingResult errors,
               Actor actor, Model model, RedirectAttributes redirect) {
        Purpose p = purposeOf(purpose);
        PolicyScope scope = null;
        try {
            String tag = form.tag() == null ? "" : form.tag().strip();
            scope = PolicyScope.tag(tag.regionMatches(true, 0, "tag:", 0, 4) ? tag.substring(4).strip() : tag);
            if (policies.find(p, scope).isPresent()) {
                errors.rejectValue("tag", "exists", "There is already a " + p.jsonName() + " policy " + scope.text()
                        + "; open it from the list to change it");
            }
        } catch (InvalidInputException e) {
            errors.rejectValue("tag", "invalid", "The tag name must be 1 to 128 printable characters");
        }
        if (!put(p, errors.hasErrors() ? null : scope, form, errors, actor)) {
            return page(p, null, model);
        }
        redirect.addFlashAttribute("done", "The " + p.jsonName() + " policy " + scope.text()
                + " is added. Grant it to users below, on their user pages, or with keypad policy grant.");
        return "redirect:" + pathOf(p, scope);
    }

    @PostMapping("/console/policies/{purpose}/{scope}/remove")
    String remove(@PathVariable String purpose, @PathVariable String scope, Actor actor, RedirectAttributes redirect) {
        ScopedPolicy policy = find(policies, purpose, scope);
        changePolicy.remove(policy.purpose(), policy.scope(), actor);
        boolean global = policy.scope().kind() == PolicyScope.Kind.GLOBAL;
        redirect.addFlashAttribute("done", global
                ? "The global " + policy.purpose().jsonName() + " policy is back to Keypad's defaults."
                : "The " + policy.purpose().jsonName() + " policy " + policy.scope().text()
                + " is removed; its users follow their site or the global policy now.");
        return "redirect:/console/policies";
    }

    /**
     * Stores the form's settings unless they are wrong, in which case each error sits on its field.
     * Checks every number before anything is stored, so one page shows all the typing mistakes.
     *
     * @param scope null when the scope is wrong or taken: then the settings are only checked
     */
    private boolean put(Purpose purpose, PolicyScope scope, PolicyForm form, BindingResult errors, Actor actor) {
        Map<String, Object> changes = form.changes(purpose, errors);
        if (errors.hasErrors() || scope == null) {
            return false;
        }
        try {
            changePolicy.put(purpose, scope, PolicyChanges.of(changes), actor);
            return true;
        } catch (InvalidInputException e) {
            if (changes.containsKey(e.field())) {
                errors.rejectValue(e.field(), "invalid", PolicySetting.inWords(e.getMessage()));
            } else {
                errors.reject("invalid", PolicySetting.inWords(e.getMessage()));
            }
            return false;
        }
    }

    /**
     * Fills the model of {@code console/policy}, whose settings form the caller puts in, and names it;
     * a failed grant form already in the model stays.
     *
     * @param policy null for a new policy
     */
    static String page(Purpose purpose, ScopedPolicy policy, Model model) {
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", GrantForm.empty());
        }
        model.addAttribute("purpose", purpose);
        model.addAttribute("policy", policy);
        model.addAttribute("settings", PolicySetting.of(purpose));
        return "console/policy";
    }

    /** @throws ResponseStatusException 404 when the URL names no stored policy */
    static ScopedPolicy find(Policies policies, String purpose, String scope) {
        try {
            Purpose p = Purpose.parse(purpose);
            PolicyScope s = PolicyScope.parse(scope);
            return policies.find(p, s).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "There is no " + p.jsonName() + " policy " + s.text()));
        } catch (InvalidInputException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private static Purpose purposeOf(String purpose) {
        try {
            return Purpose.parse(purpose);
        } catch (InvalidInputException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    static String pathOf(Purpose purpose, PolicyScope scope) {
        return UriComponentsBuilder.fromPath("/console/policies/{purpose}/{scope}")
                .buildAndExpand(purpose.jsonName(), scope.text()).encode().toUriString();
    }
}
