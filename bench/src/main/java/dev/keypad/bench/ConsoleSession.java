package dev.keypad.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's signed-in session with the console over plain HTTP. Keeps the session cookie itself,
 * because the JDK's cookie handler does not send a {@code Secure} cookie over http. Not thread-safe.
 */
final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("KEYPAD_SESSION=([^;]*)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String rootUrl;
    private String cookie;

    private ConsoleSession(String rootUrl) {
        this.rootUrl = rootUrl;
    }

    /**
     * Signs in through {@code /sign-in} as a browser does: reads the form's CSRF token, then posts the
     * account and its password or API token.
     *
     * @param rootUrl the server's root, e.g. {@code http://127.0.0.1:41234}
     * @throws IllegalStateException unless the server redirects to the console
     */
    static ConsoleSession signIn(String rootUrl, String account, String secret) throws IOException, InterruptedException {
        ConsoleSession session = new ConsoleSession(rootUrl);
        HttpResponse<String> form = session.send(session.request("/sign-in").GET());
        Matcher csrf = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException("GET /sign-in answered " + form.statusCode() + " without a _csrf field");
        }
        String body = Map.of("username", account, "password", secret, "_csrf", csrf.group(1)).entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue())).collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = session.send(session.request("/sign-in")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || !URI.create(location).getPath().equals("/console") || session.cookie == null) {
            throw new IllegalStateException("Signing in to the console as " + account + " answered " + signedIn.statusCode()
                    + " → '" + location + "', session cookie " + (session.cookie == null ? "missing" : "set"));
        }
        return session;
    }

    /**
     * The HTML of a console page.
     *
     * @param pathAndQuery e.g. {@code /console/users?ou=…}, already URL-encoded
     * @throws IllegalStateException unless the server answers 200, e.g. when the session has ended
     */
    String get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(pathAndQuery).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + pathAndQuery + " answered " + response.statusCode()
                    + response.headers().firstValue("Location").map(to -> " → " + to).orElse(""));
        }
        return response.body();
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(rootUrl + pathAndQuery))
                .timeout(Duration.ofMinutes(1)).header("Accept", "text/html");
        if (cookie != null) {
            request.header("Cookie", "KEYPAD_SESSION=" + cookie);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        // Signing in issues a new session id, so keep whichever the server set last.
        response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher).filter(Matcher::find)
                .reduce((first, last) -> last).ifPresent(matcher -> cookie = matcher.group(1).isEmpty() ? null : matcher.group(1));
        return response;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
