package dev.keypad.access;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.NotFoundException;
import dev.keypad.directory.AmbiguousIdentityException;
import dev.keypad.directory.FindUsers;
import dev.keypad.directory.User;
import dev.keypad.mail.MailKind;
import dev.keypad.mail.Notice;
import dev.keypad.mail.Outbox;

/**
 * An end user asks for a one-time link to the self-service pages (ADR 0013): when the identity
 * names exactly one user with a primary address, a link valid for {@link #VALID_FOR} is mailed
 * there, whatever the tenant's {@code automaticallySendEmailsToUsers} (the user asked for it). The
 * caller learns nothing of the outcome, so nobody can probe who exists. At most one link per user
 * per {@link #ONE_PER} and {@value #PER_HOUR} per hour; further requests mail nothing. The link's
 * address starts with {@code keypad.public-url} ({@code KEYPAD_PUBLIC_URL}), never with what the
 * request claims its host is. Every request is audited as {@code self.link}, never with the token.
 * Thread-safe.
 */
@Component
public class RequestSignInLink {

    public static final Duration VALID_FOR = Duration.ofMinutes(15);
    static final Duration ONE_PER = Duration.ofMinutes(1);
    static final int PER_HOUR = 5;
    /** Where the self-service pages take a link's token. */
    static final String SIGN_IN_PATH = "/self/sign-in?token=";

    private final FindUsers find;
    private final SignInLinks links;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String publicUrl;
    private final Environment environment;
    private final TransactionTemplate transaction;

    RequestSignInLink(FindUsers find, SignInLinks links, Outbox outbox, ApplicationEventPublisher events, Clock clock,
                      @Value("${keypad.public-url:}") String publicUrl, Environment environment,
                      PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.find = find;
        this.links = links;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
        this.publicUrl = publicUrl.isBlank() ? null : checked(publicUrl.strip());
        this.environment = environment;
    }

    /**
     * @param identity what the user typed: SIP address, UPN, logon name…; wildcards name nobody
     * @param source   where the request came from, for the audit log
     */
    public void request(String identity, String source) {
        Actor actor = new Actor("anonymous", source);
        String typed = identity == null ? "" : identity.strip();
        // Resolved outside the transaction: a "not found" would mark it for rollback.
        User user;
        try {
            if (typed.isEmpty() || typed.contains("*")) {
                throw NotFoundException.user(typed);
            }
            user = find.one(typed);
        } catch (NotFoundException | AmbiguousIdentityException | InvalidInputException e) {
            transaction.executeWithoutResult(status ->
                    events.publishEvent(new AccessEvent.SignInLinkRefused(printable(typed), "names no single user", actor)));
            return;
        }
        transaction.executeWithoutResult(status -> mailLink(user, actor));
    }

    private void mailLink(User user, Actor actor) {
        if (user.data().email() == null) {
            events.publishEvent(new AccessEvent.SignInLinkRefused(user.identity(), "the user has no mail address", actor));
            return;
        }
        Instant now = clock.instant();
        links.removeCreatedBefore(now.minus(Duration.ofDays(1)));
        if (links.countSince(user.id(), now.minus(ONE_PER)) > 0 || links.countSince(user.id(), now.minus(Duration.ofHours(1))) >= PER_HOUR) {
            events.publishEvent(new AccessEvent.SignInLinkRefused(user.identity(),
                    "too many links asked for: one a minute, " + PER_HOUR + " an hour", actor));
            return;
        }
        String token = ApiToken.generate().substring("kp_".length());
        links.add(user.id(), ApiToken.hash(token), now, now.plus(VALID_FOR));
        outbox.queue(List.of(Notice.about(MailKind.SIGN_IN_LINK, user.id(), user.identity(), user.data().displayName(),
                user.data().email(), null).withLink(baseUrl() + SIGN_IN_PATH + token)));
        events.publishEvent(new AccessEvent.SignInLinkMailed(user.identity(), actor));
    }

    /** Without a configured address, the server's own port on localhost: right for a trial, never for users. */
    private String baseUrl() {
        return publicUrl != null ? publicUrl
                : "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }

    /** @throws IllegalArgumentException at start-up, naming the setting, for anything but an http(s) address */
    private static String checked(String url) {
        try {
            URI uri = URI.create(url);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("not an http(s) address without query");
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("keypad.public-url (KEYPAD_PUBLIC_URL) '" + url
                    + "' is not the address users reach Keypad at, like https://keypad.litwareinc.com", e);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** What was typed, as the audit log may keep it: one line, at most the length of an address. */
    private static String printable(String typed) {
        String line = typed.replaceAll("\\p{Cntrl}", "?");
        return line.length() > 256 ? line.substring(0, 256) + "…" : line;
    }
}
