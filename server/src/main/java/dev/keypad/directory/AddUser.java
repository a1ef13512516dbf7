package dev.keypad.directory;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.Actor;

/** Adds a user to the directory. Thread-safe. */
@Component
public class AddUser {

    private final Users users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AddUser(Users users, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws dev.keypad.ConflictException when a unique value belongs to someone else
     */
    @Transactional
    public User add(UserData data, Actor actor) {
        UniqueValues.check(users, data, null);
        User user;
        try {
            user = users.insert(data, clock.instant());
        } catch (DuplicateKeyException e) {
            throw UniqueValues.conflict(e, data);
        }
        events.publishEvent(new DirectoryEvent.UserAdded(user.data(), actor));
        return user;
    }
}
