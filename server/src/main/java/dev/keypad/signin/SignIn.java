package dev.keypad.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.Actor;
import dev.keypad.NotFoundException;
import dev.keypad.directory.FindUsers;
import dev.keypad.directory.User;
import dev.keypad.mail.MailChoice;
import dev.keypad.mail.MailKind;
import dev.keypad.mail.Notice;
import dev.keypad.mail.Outbox;
import dev.keypad.pin.Pin;
import dev.keypad.pin.PinContext;
import dev.keypad.pin.PinGenerator;
import dev.keypad.pin.PinHashing;
import dev.keypad.pin.PinInfo;
import dev.keypad.pin.PinRecord;
import dev.keypad.pin.PinRules;
import dev.keypad.pin.Pins;
import dev.keypad.policy.EffectivePolicies;
import dev.keypad.policy.Purpose;
import dev.keypad.policy.ScopedPolicy;

/**
 * The one path that checks a caller's PIN (SPEC §4), for gateways and for administrators testing
 * like Test-CsPhoneBootstrap. The PIN record stays locked from the lockout check to the stored
 * result, so concurrent attempts on one PIN, from any number of servers, are counted one by one.
 * An attempt on a locked PIN is refused without checking the PIN and is not counted. The failure
 * that resets a voicemail PIN mails the new one; a failure that locks a PIN mails a lockout notice
 * (SPEC §5), both queued with the attempt's result. Thread-safe.
 */
@Component
public class SignIn {

    private final FindUsers find;
    private final Pins pins;
    private final PinHashing hashing;
    private final PinGenerator generator;
    private final EffectivePolicies policies;
    private final ApplicationEventPublisher events;
    private final Outbox outbox;
    private final Clock clock;

    SignIn(FindUsers find, Pins pins, PinHashing hashing, PinGenerator generator, EffectivePolicies policies,
           ApplicationEventPublisher events, Outbox outbox, Clock clock) {
        this.find = find;
        this.pins = pins;
        this.hashing = hashing;
        this.generator = generator;
        this.policies = policies;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param callerId the calling number the gateway reports, for the audit log; may be null
     * @throws NotFoundException when the directory does not know the caller
     */
    @Transactional
    public Result signIn(Purpose purpose, Caller caller, Pin pin, String callerId, Actor actor) {
        Attempt attempt = attempt(purpose, caller, pin, actor);
        events.publishEvent(new SignInEvent.SignInAttempted(attempt.user().identity(), purpose, attempt.outcome(), callerId,
                attempt.details(), actor));
        return new Result(attempt.outcome(), attempt.user().identity());
    }

    /**
     * Signs in with the old PIN and, if that proves who the caller is, sets the new one: the
     * caller's own choice, so it must satisfy the policy and the history.
     *
     * @return {@code CHANGED}, or the sign-in outcome that stopped the change
     * @throws dev.keypad.pin.InvalidPinException when the new PIN breaks the policy; nothing changes then
     */
    @Transactional
    public ChangeResult changePin(Purpose purpose, Caller caller, Pin pin, Pin newPin, String callerId, Actor actor) {
        Attempt attempt = attempt(purpose, caller, pin, actor);
        events.publishEvent(new SignInEvent.SignInAttempted(attempt.user().identity(), purpose, attempt.outcome(), callerId,
                attempt.details(), actor));
        if (!attempt.outcome().provedIdentity()) {
            return new ChangeResult(attempt.outcome().code(), attempt.user().identity());
        }
        PinRecord current = attempt.record();
        List<String> history = pins.history(current.userId(), purpose, attempt.policy().policy().historyCount());
        PinContext context = PinContext.of(attempt.user().data().extension(), attempt.user().data().lineUri())
                .withHistory(hashing.matchesAny(Stream.concat(Stream.of(current.hash()), history.stream()).toList()));
        PinRules.requireAcceptable(newPin, attempt.policy().policy(), context);
        Instant now = clock.instant();
        pins.remember(current.userId(), purpose, current.hash(), now);
        pins.save(List.of(current.withPin(hashing.hash(newPin), newPin.length(), false, true, now)));
        events.publishEvent(new SignInEvent.PinChangedByCaller(attempt.user().identity(), purpose, callerId, actor));
        return new ChangeResult("changed", attempt.user().identity());
    }

    private Attempt attempt(Purpose purpose, Caller caller, Pin pin, Actor actor) {
        User user = resolve(caller);
        ScopedPolicy policy = policies.of(user, purpose);
        Map<Long, PinRecord> locked = pins.lock(purpose, List.of(user.id()));
        PinRecord record = locked.get(user.id());
        if (record == null || !record.isSet()) {
            return new Attempt(user, policy, record, SignInOutcome.NO_PIN, null);
        }
        Instant now = clock.instant();
        Lockout lockout = Lockouts.of(policy.policy(), record.length());
        Lockout.Admission admission = lockout.admit(record.lockout(), now);
        if (!admission.admitted()) {
            return new Attempt(user, policy, record, SignInOutcome.LOCKED, "refused: locked (" + admission.refusedBecause().code() + ")");
        }
        if (!hashing.verify(pin, record.hash())) {
            return failed(user, policy, record.withLockout(admission.state()), lockout, now, actor);
        }
        PinRecord after = record.withLockout(lockout.succeed(admission.state(), now));
        String details = null;
        if (hashing.needsRehash(record.hash())) {
            after = after.withHash(hashing.hash(pin));
            details = "re-hashed with the current settings and key";
        }
        pins.save(List.of(after));
        return new Attempt(user, policy, after, outcomeOfRightPin(after, policy, pin, user, now), details);
    }

    private Attempt failed(User user, ScopedPolicy policy, PinRecord record, Lockout lockout, Instant now, Actor actor) {
        Lockout.Transition transition = lockout.fail(record.lockout(), now);
        PinRecord after = record.withLockout(transition.state());
        SignInOutcome outcome = SignInOutcome.REJECTED;
        String details = null;
        switch (transition.outcome()) {
            case TEMPORARILY_LOCKED -> {
                outcome = SignInOutcome.LOCKED;
                details = "temporarily locked until " + transition.state().lockedUntil();
                mail(user, MailKind.LOCKOUT, record.purpose(), notice -> notice.with("lockReason", LockReason.TEMPORARY.code())
                        .with("lockedAt", outbox.formatTime(now)).with("lockedUntil", outbox.formatTime(transition.state().lockedUntil()))
                        .with("failures", transition.state().localFailures()).withoutPin());
            }
            case LOCKED -> {
                outcome = SignInOutcome.LOCKED;
                details = "locked until an administrator unlocks it";
                LockoutState state = transition.state();
                mail(user, MailKind.LOCKOUT, record.purpose(), notice -> notice.with("lockReason", LockReason.FAILURES.code())
                        .with("lockedAt", outbox.formatTime(now))
                        .with("failures", record.purpose() == Purpose.VOICEMAIL ? state.consecutiveFailures() : state.globalFailures())
                        .withoutPin());
            }
            case PIN_RESET -> {
                // SPEC §4.2: a generated PIN replaces the old one and the count goes on.
                Pin generated = generator.generate(policy.policy(), PinContext.of(user.data().extension(), user.data().lineUri()));
                after = after.withPin(hashing.hash(generated), generated.length(), true, false, now);
                pins.remember(record.userId(), record.purpose(), record.hash(), now);
                details = "PIN reset after " + transition.state().consecutiveFailures() + " consecutive failures";
                events.publishEvent(new SignInEvent.PinResetAfterFailures(user.identity(), record.purpose(),
                        transition.state().consecutiveFailures(), actor));
                mail(user, MailKind.PIN_RESET_AFTER_FAILURES, record.purpose(), notice -> notice.with("mustChange", true)
                        .with("failures", transition.state().consecutiveFailures()).with("text", policy.policy().resetPinText())
                        .withPin(generated.reveal()));
            }
            default -> {
            }
        }
        pins.save(List.of(after));
        return new Attempt(user, policy, after, outcome, details);
    }

    /** Queues a mail no operation asked for: it follows the tenant setting, and goes nowhere without an address. */
    private void mail(User user, MailKind kind, Purpose purpose, java.util.function.Function<Notice.Builder, Notice> complete) {
        outbox.queue(MailChoice.automatic(), user.data().email(), to -> complete.apply(
                Notice.about(kind, user.id(), user.identity(), user.data().displayName(), to, purpose.jsonName())));
    }

    /** The right PIN: expired, or to be changed because it was given to the user or breaks today's policy. */
    private static SignInOutcome outcomeOfRightPin(PinRecord record, ScopedPolicy policy, Pin pin, User user, Instant now) {
        Instant expires = PinInfo.expiration(record, policy);
        if (expires != null && !now.isBefore(expires)) {
            return SignInOutcome.EXPIRED;
        }
        boolean compliant = PinRules.check(pin, policy.policy(), PinContext.of(user.data().extension(), user.data().lineUri())).isEmpty();
        return record.mustChange() || !compliant ? SignInOutcome.ACCEPTED_MUST_CHANGE : SignInOutcome.ACCEPTED;
    }

    private User resolve(Caller caller) {
        if (caller.identity() != null && !caller.identity().isBlank()) {
            return find.one(caller.identity());
        }
        if (caller.lineUri() != null && !caller.lineUri().isBlank()) {
            return find.byLineUri(caller.lineUri());
        }
        return find.byExtension(caller.extension(), caller.site());
    }

    /** @param identity the caller's SIP address */
    public record Result(SignInOutcome outcome, String identity) {
    }

    /** @param outcome {@code changed}, or the sign-in outcome that stopped the change */
    public record ChangeResult(String outcome, String identity) {
    }

    private record Attempt(User user, ScopedPolicy policy, PinRecord record, SignInOutcome outcome, String details) {
    }
}
