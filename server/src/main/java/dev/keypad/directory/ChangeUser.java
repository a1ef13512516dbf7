package dev.keypad.directory;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.Actor;

/** Changes what the directory knows of a user. Thread-safe. */
@Component
public class ChangeUser {

    private final Users users;
    private final FindUsers find;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeUser(Users users, FindUsers find, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.find = find;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Applies a patch to the one user an identity names. A patch that changes nothing writes
     * nothing and records nothing.
     *
     * @throws dev.keypad.NotFoundException  when the identity names nobody
     * @throws dev.keypad.ConflictException  when a new unique value belongs to someone else
     * @throws dev.keypad.InvalidInputException when the result breaks a rule (e.g. no display name)
     */
    @Transactional
    public User change(String identity, UserPatch patch, Actor actor) {
        User user = find.one(identity);
        return change(user, patch.applyTo(user.data()), actor);
    }

    @Transactional
    User change(User user, UserData changed, Actor actor) {
        if (changed.equals(user.data())) {
            return user;
        }
        UniqueValues.check(users, changed, user.id());
        User updated;
        try {
            updated = users.update(user, changed, clock.instant());
        } catch (DuplicateKeyException e) {
            throw UniqueValues.conflict(e, changed);
        }
        events.publishEvent(new DirectoryEvent.UserChanged(user.data(), changed, actor));
        return updated;
    }
}
