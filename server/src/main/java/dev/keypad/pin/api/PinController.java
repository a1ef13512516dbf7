package dev.keypad.pin.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.directory.Selection;
import dev.keypad.mail.MailChoice;
import dev.keypad.pin.LockPins;
import dev.keypad.pin.Pin;
import dev.keypad.pin.PinFilter;
import dev.keypad.pin.PinInfo;
import dev.keypad.pin.PinResults;
import dev.keypad.pin.PinTargets;
import dev.keypad.pin.ReadPinInfo;
import dev.keypad.pin.SetPins;
import dev.keypad.policy.Purpose;

/** PINs under {@code /api/v1/pins} (docs/api.md). */
@RestController
@RequestMapping("/api/v1/pins")
class PinController {

    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 1000;

    private final ReadPinInfo readPinInfo;
    private final SetPins setPins;
    private final LockPins lockPins;

    PinController(ReadPinInfo readPinInfo, SetPins setPins, LockPins lockPins) {
        this.readPinInfo = readPinInfo;
        this.setPins = setPins;
        this.lockPins = lockPins;
    }

    @GetMapping
    InfoPage info(@RequestParam String purpose, @RequestParam(required = false) String identity,
                  @RequestParam(required = false) String ou, @RequestParam(required = false) String ldapFilter,
                  @RequestParam(required = false) String site, @RequestParam(required = false) String where,
                  @RequestParam(required = false) Integer resultSize, @RequestParam(required = false) Integer limit,
                  @RequestParam(required = false) String after) {
        Purpose p = Purpose.parse(purpose);
        if (identity != null) {
            return new InfoPage(readPinInfo.of(p, identity), null);
        }
        int pageSize = limit == null ? DEFAULT_PAGE : limit;
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_PAGE + ", was " + limit);
        }
        ReadPinInfo.Page page = readPinInfo.page(p, Selection.of(ou, ldapFilter, site, resultSize),
                where == null ? null : PinFilter.parse(where), after, pageSize);
        return new InfoPage(page.items(), page.next());
    }

    @PostMapping("/set")
    PinResults set(@RequestBody SetRequest request, Actor actor) {
        return setPins.set(request.parsedPurpose(), request.targets(), new SetPins.Request(request.pin() == null ? null : Pin.of(request.pin()),
                request.mustChange(), bool(request.unlock()), new MailChoice(request.sendEmail(), request.emailTo()),
                bool(request.whatIf())), actor);
    }

    @PostMapping("/lock")
    PinResults lock(@RequestBody TargetRequest request, Actor actor) {
        return lockPins.lock(request.parsedPurpose(), request.targets(), bool(request.whatIf()), actor);
    }

    @PostMapping("/unlock")
    PinResults unlock(@RequestBody TargetRequest request, Actor actor) {
        return lockPins.unlock(request.parsedPurpose(), request.targets(), bool(request.whatIf()), actor);
    }

    private static boolean bool(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    record InfoPage(List<PinInfo> items, String next) {
    }

    /** A server-side selection of users: all given conditions hold. */
    record SelectionRequest(String ou, String ldapFilter, String site, String where, Integer resultSize) {

        static PinTargets.SelectionOptions options(SelectionRequest request) {
            return request == null ? null
                    : new PinTargets.SelectionOptions(request.ou(), request.ldapFilter(), request.site(), request.where(), request.resultSize());
        }
    }

    record TargetRequest(String purpose, List<String> identities, SelectionRequest selection, Boolean whatIf) {

        Purpose parsedPurpose() {
            return Purpose.parse(purpose);
        }

        PinTargets targets() {
            return PinTargets.of(identities, SelectionRequest.options(selection));
        }
    }

    /** {@code pin} is the one field of the API that carries a PIN inward; it is never echoed. */
    record SetRequest(String purpose, List<String> identities, SelectionRequest selection, String pin, Boolean mustChange,
                      Boolean sendEmail, String emailTo, Boolean unlock, Boolean whatIf) {

        Purpose parsedPurpose() {
            return Purpose.parse(purpose);
        }

        PinTargets targets() {
            return PinTargets.of(identities, SelectionRequest.options(selection));
        }

        @Override
        public String toString() {
            return "SetRequest[purpose=" + purpose + ", identities=" + identities + ", selection=" + selection
                    + ", pin=" + (pin == null ? "generated" : "*****") + "]";
        }
    }
}
