package dev.keypad.console;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dev.keypad.InvalidInputException;
import dev.keypad.NotFoundException;
import dev.keypad.conferencing.Conferencing;
import dev.keypad.directory.FindUsers;
import dev.keypad.directory.User;
import dev.keypad.mail.MailNote;
import dev.keypad.pin.ReadPinInfo;
import dev.keypad.policy.EffectivePolicies;
import dev.keypad.policy.Purpose;

/**
 * What the user page shows, gathered for the page itself and for the actions that answer with it:
 * the directory attributes, a PIN card per purpose with its policy, and the user's conferencing. Thread-safe.
 */
@Component
class UserSheet {

    private final FindUsers find;
    private final ReadPinInfo pinInfo;
    private final Conferencing conferencing;
    private final EffectivePolicies policies;

    UserSheet(FindUsers find, ReadPinInfo pinInfo, Conferencing conferencing, EffectivePolicies policies) {
        this.find = find;
        this.pinInfo = pinInfo;
        this.conferencing = conferencing;
        this.policies = policies;
    }

    /** @throws NotFoundException when no user has this id, which the console answers with its 404 page */
    User user(String id) {
        try {
            return find.byId(Long.parseLong(id));
        } catch (NumberFormatException | NotFoundException e) {
            throw new NotFoundException(id, "No user with id " + id);
        }
    }

    /** @throws NotFoundException when the text names no purpose: the URL leads nowhere */
    static Purpose purpose(String text) {
        try {
            return Purpose.parse(text);
        } catch (InvalidInputException e) {
            throw new NotFoundException(text, "No PIN purpose '" + text + "'; there are phone, voicemail and conference");
        }
    }

    /** Fills the model of {@code console/user}; a failed "Set PIN" form already in it stays. */
    void show(Model model, User user) {
        model.addAttribute("user", user);
        model.addAttribute("cards", Arrays.stream(Purpose.values())
                .map(purpose -> new PinCard(purpose, pinInfo.of(purpose, user.identity()).get(0), policy(user, purpose))).toList());
        model.addAttribute("conferencing", conferencing.show(user.identity()).get(0));
        Map<String, SetPinForm> forms = new LinkedHashMap<>();
        for (Purpose purpose : Purpose.values()) {
            forms.put(purpose.jsonName(), SetPinForm.fresh());
        }
        if (model.getAttribute("setPurpose") instanceof String failed && model.getAttribute("setForm") instanceof SetPinForm form) {
            forms.put(failed, form.withoutPin());
        }
        model.addAttribute("setForms", forms);
    }

    /** Which policy of a purpose applies to the user, and which tag policies an administrator could grant instead. */
    PolicyChoice policy(User user, Purpose purpose) {
        return PolicyChoice.of(policies.book(purpose), policies.grants(purpose, List.of(user.id())).get(user.id()),
                user.data().site());
    }

    /** What became of a mail, as a sentence for the page. */
    static String mailOutcome(MailNote note) {
        if (note == null) {
            return "";
        }
        return switch (note.status()) {
            case MailNote.QUEUED -> " A mail to " + note.to() + " is on its way.";
            case MailNote.NO_ADDRESS -> " No mail was sent: the user has no e-mail address.";
            case MailNote.NOT_SENT -> " No mail was sent.";
            default -> "";
        };
    }
}
