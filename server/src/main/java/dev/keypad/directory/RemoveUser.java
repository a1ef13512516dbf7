package dev.keypad.directory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.Actor;

/** Removes a user from the directory. Thread-safe. */
@Component
public class RemoveUser {

    private final Users users;
    private final FindUsers find;
    private final ApplicationEventPublisher events;

    RemoveUser(Users users, FindUsers find, ApplicationEventPublisher events) {
        this.users = users;
        this.find = find;
        this.events = events;
    }

    /**
     * @return the removed user
     * @throws dev.keypad.NotFoundException when the identity names nobody
     */
    @Transactional
    public User remove(String identity, Actor actor) {
        User user = find.one(identity);
        users.delete(user);
        events.publishEvent(new DirectoryEvent.UserRemoved(user.data(), actor));
        return user;
    }
}
