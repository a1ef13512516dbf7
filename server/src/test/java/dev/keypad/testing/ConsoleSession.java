package dev.keypad.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session with the console over plain HTTP, for tests of what pages answer rather
 * than how they look (those drive Chromium, see {@link Browser}). Keeps the session cookie itself,
 * since the JDK's cookie handler does not send a Secure cookie over http, and sends each form
 * with the CSRF token of the last page it read. Not thread-safe.
 */
public final class ConsoleSession {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("KEYPAD_SESSION=([^;]*)");

    private final String baseUrl;
    private String cookie;
    private String csrf;

    public ConsoleSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A session of a console account, signed in with its password or API token. */
    public static ConsoleSession signedIn(KeypadServer server, String account, String secret) {
        ConsoleSession session = new ConsoleSession(server.baseUrl());
        Page page = session.signIn(account, secret);
        if (!page.redirectsTo("/console")) {
            throw new AssertionError("Could not sign in as " + account + ": " + page);
        }
        session.get("/console/account"); // as a browser lands on a page, with the session's new CSRF token
        return session;
    }

    /** What a page answered: the status, where it redirects to (or null) and its HTML. */
    public record Page(int status, String location, String html) {

        public boolean redirectsTo(String path) {
            return location != null && URI.create(location).getPath().equals(path);
        }

        /** The text of the element with this id, tags removed, or empty. */
        public Optional<String> textOf(String id) {
            Matcher element = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(html);
            return element.find() ? Optional.of(element.group(1).replaceAll("<[^>]+>", "").strip()) : Optional.empty();
        }

        @Override
        public String toString() {
            return status + (location == null ? "" : " → " + location) + "\n" + html;
        }
    }

    public Page signIn(String account, String secret) {
        get("/sign-in");
        return post("/sign-in", Map.of("username", account, "password", secret));
    }

    public Page get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    /** Sends a form with the CSRF token of the last page read, as a browser would. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        return postExactly(path, all);
    }

    /** Sends a form as it is, without adding a CSRF token: what a forged cross-site form would send. */
    public Page postExactly(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue())).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Another client that sends this session's cookie, e.g. one kept from before signing out. */
    public ConsoleSession withSameCookie() {
        ConsoleSession copy = new ConsoleSession(baseUrl);
        copy.cookie = cookie;
        return copy;
    }

    public String cookie() {
        return cookie;
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).header("Accept", "text/html");
        if (cookie != null) {
            request.header("Cookie", "KEYPAD_SESSION=" + cookie);
        }
        return request;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            List<String> cookies = response.headers().allValues("Set-Cookie");
            cookies.stream().map(SESSION_COOKIE::matcher).filter(Matcher::find).reduce((first, last) -> last)
                    .ifPresent(matcher -> cookie = matcher.group(1).isEmpty() ? null : matcher.group(1));
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
