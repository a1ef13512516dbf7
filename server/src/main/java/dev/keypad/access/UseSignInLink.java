package dev.keypad.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.keypad.Actor;
import dev.keypad.NotFoundException;
import dev.keypad.directory.FindUsers;
import dev.keypad.directory.User;

/**
 * Uses a self-service sign-in link (ADR 0013): the link must be known, unused and unexpired, and
 * using it marks it used in the same statement, so it works exactly once even when two requests
 * bring it at the same time. Every outcome is audited as {@code self.sign-in}, with the reason
 * and never the token. Thread-safe.
 */
@Component
public class UseSignInLink {

    /** What {@link RequestSignInLink} makes: 256 bits in URL-safe base64 without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SignInLinks links;
    private final FindUsers find;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UseSignInLink(SignInLinks links, FindUsers find, ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.find = find;
        this.events = events;
        this.clock = clock;
    }

    /** What using a link came to. */
    public sealed interface Outcome {
        /** @param actorName how the audit log names the user acting on their own PINs: {@code self:<sip address>} */
        record SignedIn(long userId, String sipAddress, String actorName) implements Outcome {
        }

        /** @param reason {@code unknown link}, {@code expired} or {@code used already} */
        record Refused(String reason) implements Outcome {
        }
    }

    /** The actor name of a user on the self-service pages. */
    public static String actorName(String sipAddress) {
        return "self:" + sipAddress;
    }

    /**
     * @param token  the token of the link; never stored or logged
     * @param source where the request came from, for the audit log
     */
    @Transactional
    public Outcome use(String token, String source) {
        Actor anonymous = new Actor("anonymous", source);
        if (token == null || !TOKEN.matcher(token).matches()) {
            return refused(null, "unknown link", anonymous);
        }
        String hash = ApiToken.hash(token);
        Instant now = clock.instant();
        Optional<Long> used = links.use(hash, now);
        if (used.isPresent()) {
            Optional<User> user = user(used.get());
            if (user.isEmpty()) {
                return refused(null, "the user was removed", anonymous);
            }
            String sip = user.get().data().sipAddress();
            events.publishEvent(new AccessEvent.SelfSignedIn(user.get().identity(), new Actor(actorName(sip), source)));
            return new Outcome.SignedIn(user.get().id(), sip, actorName(sip));
        }
        Optional<SignInLinks.Link> link = links.find(hash);
        String target = link.flatMap(found -> user(found.userId())).map(User::identity).orElse(null);
        String reason = link.isEmpty() ? "unknown link" : link.get().usedAt() != null ? "used already" : "expired";
        return refused(target, reason, anonymous);
    }

    private Optional<User> user(long id) {
        try {
            return Optional.of(find.byId(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private Outcome refused(String target, String reason, Actor actor) {
        events.publishEvent(new AccessEvent.SelfSignInRefused(target, reason, actor));
        return new Outcome.Refused(reason);
    }
}
