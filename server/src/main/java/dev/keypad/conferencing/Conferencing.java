package dev.keypad.conferencing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.keypad.Actor;
import dev.keypad.ConflictException;
import dev.keypad.InvalidInputException;
import dev.keypad.NotFoundException;
import dev.keypad.directory.AmbiguousIdentityException;
import dev.keypad.directory.FindUsers;
import dev.keypad.directory.User;
import dev.keypad.mail.MailChoice;
import dev.keypad.mail.MailKind;
import dev.keypad.mail.MailNote;
import dev.keypad.mail.Notice;
import dev.keypad.mail.Outbox;
import dev.keypad.pin.PinRecord;
import dev.keypad.pin.PinResult;
import dev.keypad.pin.PinResults;
import dev.keypad.pin.PinTargets;
import dev.keypad.pin.Pins;
import dev.keypad.pin.SetPins;
import dev.keypad.policy.Purpose;
import dev.keypad.settings.Tenant;

/**
 * Users' audio conferencing (SPEC §6): enabling assigns a unique 7-digit conference ID and a
 * generated leader PIN and mails the welcome; disabling frees the ID at once and mails "turned
 * off"; a user's leader PIN and conference ID can be reset and their PSTN-only setting changed.
 * Each user is changed in a transaction of their own, with their mails and audit records; a failure
 * of one user is their result, not the call's. Thread-safe.
 */
@Component
public class Conferencing {

    private static final int FIRST_ID = 1_000_000;
    private static final int IDS = 9_000_000;
    private static final int ID_ATTEMPTS = 20;

    private final FindUsers find;
    private final Organizers organizers;
    private final Meetings meetings;
    private final SetPins setPins;
    private final Pins pins;
    private final Tenant tenant;
    private final Outbox outbox;
    private final ConferenceMailValues mailValues;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Conferencing(FindUsers find, Organizers organizers, Meetings meetings, SetPins setPins, Pins pins, Tenant tenant, Outbox outbox,
                 ConferenceMailValues mailValues, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.find = find;
        this.organizers = organizers;
        this.meetings = meetings;
        this.setPins = setPins;
        this.pins = pins;
        this.tenant = tenant;
        this.outbox = outbox;
        this.mailValues = mailValues;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * A user's conferencing as the API shows it; the leader PIN only as {@code *****} when there is one.
     *
     * @param enabled false with nulls for a user who is not enabled
     */
    public record ConferencingUser(String identity, boolean enabled, String conferenceId, Boolean allowPstnOnlyMeetings,
                                   String leaderPin, Instant enabledAt) {
    }

    /**
     * What to change of an enabled user; at least one thing.
     *
     * @param allowPstnOnlyMeetings null leaves it as it is
     * @param mail                  {@code sendEmail: true} with nothing else mails the conference information
     */
    public record Change(boolean resetLeaderPin, boolean resetConferenceId, Boolean allowPstnOnlyMeetings, MailChoice mail) {

        public Change {
            if (!resetLeaderPin && !resetConferenceId && allowPstnOnlyMeetings == null && !Boolean.TRUE.equals(mail.sendEmail())) {
                throw new InvalidInputException("resetLeaderPin", "nothing to change: give resetLeaderPin, resetConferenceId,"
                        + " allowPstnOnlyMeetings, or sendEmail: true to mail the conference information");
            }
        }
    }

    /** @throws NotFoundException when the identity names nobody */
    public List<ConferencingUser> show(String identity) {
        List<User> users = find.all(identity);
        Map<Long, PinRecord> leaderPins = pins.read(Purpose.CONFERENCE, users.stream().map(User::id).toList());
        return users.stream().map(user -> {
            Optional<Organizer> organizer = organizers.find(user.id());
            PinRecord pin = leaderPins.get(user.id());
            return organizer.map(o -> new ConferencingUser(user.identity(), true, o.conferenceId(), o.allowPstnOnlyMeetings(),
                            pin != null && pin.isSet() ? "*****" : null, o.enabledAt()))
                    .orElseGet(() -> new ConferencingUser(user.identity(), false, null, null, null, null));
        }).toList();
    }

    public ConferencingResults enable(List<String> identities, MailChoice mail, boolean whatIf, Actor actor) {
        return ConferencingResults.of(whatIf, forEachUser(identities, user -> {
            if (organizers.lock(user.id()).isPresent()) {
                throw new ConflictException("identity", user.identity(), user.identity() + " is enabled for audio conferencing already");
            }
            if (whatIf) {
                return wouldChange(user, null, "would enable with a new conference ID and leader PIN", mail);
            }
            boolean pstnOnly = tenant.settings().allowPstnOnlyMeetingsByDefault();
            String conferenceId = newConferenceId();
            organizers.add(new Organizer(user.id(), conferenceId, pstnOnly, clock.instant()));
            PinResult leaderPin = resetLeaderPin(user, mail, actor);
            String details = "conference ID " + conferenceId + "; allowPstnOnlyMeetings " + pstnOnly;
            events.publishEvent(new ConferencingEvent("conferencing.enable", user.identity(), details, actor));
            return new ConferencingResult(user.identity(), "changed", conferenceId, leaderPin.pin(), "enabled; " + details, null,
                    leaderPin.mail());
        }));
    }

    public ConferencingResults disable(List<String> identities, MailChoice mail, boolean whatIf, Actor actor) {
        return ConferencingResults.of(whatIf, forEachUser(identities, user -> {
            Organizer organizer = enabled(user);
            if (whatIf) {
                return wouldChange(user, organizer.conferenceId(), "would disable; conference ID " + organizer.conferenceId()
                        + " would stop working", mail);
            }
            organizers.remove(user.id());
            meetings.end(organizer.conferenceId()); // its callers are cut off with the ID
            MailNote note = mail(user, MailKind.CONFERENCING_DISABLED, mail, mailValues.values(organizer));
            events.publishEvent(new ConferencingEvent("conferencing.disable", user.identity(),
                    "conference ID " + organizer.conferenceId() + " no longer works", actor));
            return new ConferencingResult(user.identity(), "changed", null, null,
                    "disabled; conference ID " + organizer.conferenceId() + " no longer works", null, note);
        }));
    }

    public ConferencingResults change(List<String> identities, Change change, boolean whatIf, Actor actor) {
        return ConferencingResults.of(whatIf, forEachUser(identities, user -> {
            Organizer organizer = enabled(user);
            List<String> done = new ArrayList<>();
            String conferenceId = organizer.conferenceId();
            if (change.resetConferenceId()) {
                done.add("conference ID " + conferenceId + " replaced");
            }
            boolean pstn = change.allowPstnOnlyMeetings() != null && change.allowPstnOnlyMeetings() != organizer.allowPstnOnlyMeetings();
            if (pstn) {
                done.add("allowPstnOnlyMeetings " + organizer.allowPstnOnlyMeetings() + " -> " + change.allowPstnOnlyMeetings());
            }
            if (change.resetLeaderPin()) {
                done.add("leader PIN reset");
            }
            boolean info = done.isEmpty() && Boolean.TRUE.equals(change.mail().sendEmail());
            if (info) {
                done.add("conference information mailed");
            }
            if (done.isEmpty()) {
                return new ConferencingResult(user.identity(), "unchanged", conferenceId, null, "nothing to change", null, null);
            }
            if (whatIf) {
                return wouldChange(user, conferenceId, "would have: " + String.join("; ", done), change.mail());
            }
            MailNote note = null;
            String leaderPin = null;
            if (change.resetConferenceId()) {
                String old = conferenceId;
                conferenceId = newConferenceId();
                organizers.changeConferenceId(user.id(), conferenceId);
                meetings.end(old); // the old ID stops working at once, for callers dialed in too
                done.set(0, "conference ID " + old + " -> " + conferenceId);
                Map<String, String> values = new HashMap<>(mailValues.values(organizer));
                values.put("conferenceId", conferenceId);
                values.put("oldConferenceId", old);
                note = mail(user, MailKind.CONFERENCE_ID_CHANGED, change.mail(), values);
            }
            if (pstn) {
                organizers.changeAllowPstnOnlyMeetings(user.id(), change.allowPstnOnlyMeetings());
            }
            if (change.resetLeaderPin()) {
                PinResult reset = resetLeaderPin(user, change.mail(), actor);
                leaderPin = reset.pin();
                note = reset.mail();
            }
            if (info) {
                note = mail(user, MailKind.CONFERENCE_INFO, change.mail(), mailValues.values(organizers.find(user.id()).orElseThrow()));
            }
            String details = String.join("; ", done);
            events.publishEvent(new ConferencingEvent("conferencing.set", user.identity(), details, actor));
            return new ConferencingResult(user.identity(), "changed", conferenceId, leaderPin, details, null, note);
        }));
    }

    /** Runs {@code action} for every user the identities name, each in a transaction of its own. */
    private List<ConferencingResult> forEachUser(List<String> identities, Function<User, ConferencingResult> action) {
        if (identities == null || identities.isEmpty()) {
            throw new InvalidInputException("identities", "identities is required: the users to change");
        }
        List<ConferencingResult> results = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (String identity : identities) {
            List<User> users;
            try {
                users = find.all(identity);
            } catch (NotFoundException e) {
                results.add(failed(identity, "not-found", e));
                continue;
            } catch (AmbiguousIdentityException e) {
                results.add(failed(identity, "ambiguous-identity", e));
                continue;
            } catch (InvalidInputException e) {
                results.add(failed(identity, "invalid-input", e));
                continue;
            }
            for (User user : users) {
                if (!seen.add(user.id())) {
                    continue;
                }
                try {
                    results.add(transaction.execute(status -> action.apply(user)));
                } catch (ConflictException | DuplicateKeyException e) {
                    results.add(failed(user.identity(), "conflict", e instanceof ConflictException ? e
                            : new IllegalStateException(user.identity() + " was changed at the same time; try again")));
                } catch (InvalidInputException e) {
                    results.add(failed(user.identity(), "invalid-input", e));
                }
            }
        }
        return results;
    }

    private Organizer enabled(User user) {
        return organizers.lock(user.id()).orElseThrow(() ->
                new InvalidInputException("identity", user.identity() + " is not enabled for audio conferencing"));
    }

    /** A new leader PIN, generated and mailed by the PIN engine with the conference ID, in the caller's transaction. */
    private PinResult resetLeaderPin(User user, MailChoice mail, Actor actor) {
        PinResults results = setPins.set(Purpose.CONFERENCE, PinTargets.named(List.of(user.identity())),
                new SetPins.Request(null, null, false, mail, false), actor);
        PinResult result = results.results().get(0);
        if (!result.outcome().equals(PinResult.CHANGED)) {
            throw new IllegalStateException("The leader PIN of " + user.identity() + " could not be set: " + result.detail());
        }
        return result;
    }

    /** A unique 7-digit conference ID that does not start with 0. */
    private String newConferenceId() {
        for (int attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
            String candidate = Integer.toString(FIRST_ID + random.nextInt(IDS));
            if (organizers.byConferenceId(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free conference ID found in " + ID_ATTEMPTS + " attempts");
    }

    private MailNote mail(User user, MailKind kind, MailChoice choice, Map<String, String> values) {
        return outbox.queue(choice, user.data().email(), to -> Notice.about(kind, user.id(), user.identity(),
                user.data().displayName(), to, Purpose.CONFERENCE.jsonName()).withAll(values).withoutPin());
    }

    private MailNote wouldMail(User user, MailChoice choice) {
        return MailNote.of(choice.decide(user.data().email(), outbox.automaticMails()), true);
    }

    private ConferencingResult wouldChange(User user, String conferenceId, String detail, MailChoice mail) {
        return new ConferencingResult(user.identity(), "would-change", conferenceId, null, detail, null, wouldMail(user, mail));
    }

    private static ConferencingResult failed(String identity, String problem, RuntimeException e) {
        return new ConferencingResult(identity, "failed", null, null, e.getMessage(), problem, null);
    }
}
