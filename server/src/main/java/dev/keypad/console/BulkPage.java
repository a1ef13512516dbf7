package dev.keypad.console;

import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.directory.InvalidLdapFilterException;
import dev.keypad.pin.LockPins;
import dev.keypad.pin.PinResults;
import dev.keypad.pin.PinTargets;
import dev.keypad.pin.SetPins;
import dev.keypad.policy.Purpose;

/**
 * Bulk PIN actions, the console's {@code keypad pin lock|unlock|set … --what-if}: a form, a preview
 * that changes nothing, and the run, which repeats the previewed choices.
 */
@Controller
class BulkPage {

    private static final Set<String> FORM_FIELDS = Set.of("purpose", "identities", "ou", "ldapFilter",
            "site", "where", "action", "mail");

    private final LockPins lockPins;
    private final SetPins setPins;

    BulkPage(LockPins lockPins, SetPins setPins) {
        this.lockPins = lockPins;
        this.setPins = setPins;
    }

    @GetMapping("/console/bulk")
    String show(Model model) {
        model.addAttribute("form", BulkForm.empty());
        return "console/bulk";
    }

    @PostMapping("/console/bulk/preview")
    String preview(@ModelAttribute("form") BulkForm form, BindingResult errors, Actor actor, Model model) {
        PinResults results = perform(form, true, errors, actor);
        if (results == null) {
            return "console/bulk";
        }
        model.addAttribute("preview", BulkReport.of(results, BulkReport.PREVIEW_ROWS));
        return "console/bulk";
    }

    @PostMapping("/console/bulk/run")
    String run(@ModelAttribute("form") BulkForm form, BindingResult errors, Actor actor, Model model) {
        PinResults results = perform(form, false, errors, actor);
        if (results == null) {
            return "console/bulk";
        }
        BulkReport report = BulkReport.of(results, BulkReport.RUN_ROWS);
        model.addAttribute("report", report);
        model.addAttribute("countChanged", form.previewCount() != null && form.previewCount() != report.total());
        return "console/bulk-result";
    }

    /** Runs the form's action, or puts what is wrong with the form next to its field and answers null. */
    private PinResults perform(BulkForm form, boolean whatIf, BindingResult errors, Actor actor) {
        try {
            Purpose purpose = Purpose.parse(form.purpose());
            PinTargets targets = form.targets();
            return switch (form.parsedAction()) {
                case UNLOCK -> lockPins.unlock(purpose, targets, whatIf, actor);
                case LOCK -> lockPins.lock(purpose, targets, whatIf, actor);
                case RESET -> setPins.set(purpose, targets,
                        new SetPins.Request(null, form.mustChangeTicked(), form.unlockTicked(), form.mailChoice(), whatIf), actor);
            };
        } catch (InvalidLdapFilterException e) {
            errors.rejectValue("ldapFilter", "invalid", e.getMessage());
        } catch (InvalidInputException e) {
            if (FORM_FIELDS.contains(e.field())) {
                errors.rejectValue(e.field(), "invalid", e.getMessage());
            } else {
                errors.reject("invalid", e.getMessage());
            }
        }
        return null;
    }
}
