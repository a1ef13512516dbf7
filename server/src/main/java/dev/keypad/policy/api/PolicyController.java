package dev.keypad.policy.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.NotFoundException;
import dev.keypad.directory.AmbiguousIdentityException;
import dev.keypad.policy.ChangePolicy;
import dev.keypad.policy.GrantPolicy;
import dev.keypad.policy.PinPolicy;
import dev.keypad.policy.Policies;
import dev.keypad.policy.PolicyChanges;
import dev.keypad.policy.PolicyScope;
import dev.keypad.policy.Purpose;
import dev.keypad.policy.ScopedPolicy;

/** PIN policies under {@code /api/v1/policies} (docs/api.md). */
@RestController
@RequestMapping("/api/v1/policies")
class PolicyController {

    private final Policies policies;
    private final ChangePolicy changePolicy;
    private final GrantPolicy grantPolicy;

    PolicyController(Policies policies, ChangePolicy changePolicy, GrantPolicy grantPolicy) {
        this.policies = policies;
        this.changePolicy = changePolicy;
        this.grantPolicy = grantPolicy;
    }

    @GetMapping
    PolicyList list(@RequestParam(required = false) String purpose) {
        return new PolicyList(policies.list(purpose == null ? null : Purpose.parse(purpose)).stream().map(PolicyResponse::of).toList());
    }

    @GetMapping("/{purpose}/{scope}")
    PolicyResponse show(@PathVariable String purpose, @PathVariable String scope) {
        Purpose p = Purpose.parse(purpose);
        PolicyScope s = PolicyScope.parse(scope);
        return PolicyResponse.of(policies.find(p, s).orElseThrow(() -> new NotFoundException(s.text(),
                "There is no " + p.jsonName() + " policy " + s.text())));
    }

    @PutMapping("/{purpose}/{scope}")
    PolicyResponse put(@PathVariable String purpose, @PathVariable String scope, @RequestBody Map<String, Object> fields,
                       Actor actor) {
        return PolicyResponse.of(changePolicy.put(Purpose.parse(purpose), PolicyScope.parse(scope), PolicyChanges.of(fields), actor));
    }

    @DeleteMapping("/{purpose}/{scope}")
    ResponseEntity<Void> remove(@PathVariable String purpose, @PathVariable String scope, Actor actor) {
        changePolicy.remove(Purpose.parse(purpose), PolicyScope.parse(scope), actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{purpose}/grants")
    GrantResults grant(@PathVariable String purpose, @RequestBody GrantRequest request, Actor actor) {
        Purpose p = Purpose.parse(purpose);
        if (request.identities() == null || request.identities().isEmpty()) {
            throw new InvalidInputException("identities", "identities is empty");
        }
        List<GrantResult> results = new ArrayList<>();
        for (String identity : request.identities()) {
            try {
                grantPolicy.grant(p, identity, request.policy(), actor).forEach(granted -> results.add(new GrantResult(
                        granted.identity(), granted.changed() ? "changed" : "unchanged", null)));
            } catch (NotFoundException | AmbiguousIdentityException | InvalidInputException e) {
                results.add(new GrantResult(identity, "failed", e.getMessage()));
            }
        }
        return new GrantResults(results);
    }

    record PolicyList(List<PolicyResponse> items) {
    }

    /** @param policy the tag name (with or without {@code tag:}), or null to take grants away */
    record GrantRequest(List<String> identities, String policy) {
    }

    record GrantResult(String identity, String outcome, String detail) {
    }

    record GrantResults(List<GrantResult> results) {
    }

    record PolicyResponse(String purpose, String scope, int minLength, int generatedLength, int historyCount,
                          int lifetimeDays, boolean allowCommonPatterns, Integer maximumLogonAttempts,
                          Integer logonFailuresBeforePinReset, Integer maxLogonAttempts, String resetPinText,
                          String enabledText, Instant updatedAt) {

        static PolicyResponse of(ScopedPolicy scoped) {
            PinPolicy p = scoped.policy();
            return new PolicyResponse(p.purpose().jsonName(), scoped.scope().text(), p.minLength(), p.generatedLength(),
                    p.historyCount(), p.lifetimeDays(), p.allowCommonPatterns(), p.maximumLogonAttempts(),
                    p.logonFailuresBeforePinReset(), p.maxLogonAttempts(), p.resetPinText(), p.enabledText(), scoped.updatedAt());
        }
    }
}
