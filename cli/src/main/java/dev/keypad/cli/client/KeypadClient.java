package dev.keypad.cli.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import tools.jackson.core.JacksonException;
import tools.jackson.jr.ob.JSON;

/**
 * Sends requests to one Keypad server's REST API ({@code /api/v1}) with one bearer token.
 *
 * <p>Every failure surfaces as a {@link ProblemException} (the server said no) or a
 * {@link ServerUnreachableException} (no answer). Redirects are not followed, so the token is never sent
 * to another address. Safe for use by one thread at a time; {@link #close()} it when done.
 */
public final class KeypadClient implements AutoCloseable {

    /** Writes nulls: a body holds only the fields a command means to send, and null can be one ("auto"). */
    private static final JSON JSON_BODIES = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);

    private final URI server;
    private final String token;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param server the server's base URL, without a trailing slash; not null
     * @param token the bearer token; not null
     * @param timeout how long to wait for a connection and for each answer; not null
     */
    public KeypadClient(URI server, String token, Duration timeout) {
        this.server = Objects.requireNonNull(server, "server");
        this.token = Objects.requireNonNull(token, "token");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        // HTTP/1.1: on plain http the JDK would otherwise try an h2c upgrade, which proxies handle unevenly
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /**
     * Stops the HTTP client's selector thread, so that the process can exit at once: HotSpot waits up to 300 ms
     * at exit for threads in native code, which is where that thread waits for the network. From JDK 21 the client
     * closes itself; before, it cannot be closed, so its selector thread, named after the client's id, is
     * interrupted, which ends it. Call it when no request is under way any more.
     */
    @Override
    public void close() {
        if (http instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // the requests are over; a client that fails to close only delays the exit
            }
            return;
        }
        String client = http.toString(); // the JDK's HttpClientImpl@hash(id), whose thread is HttpClient-id-SelectorManager
        String selector = "HttpClient-" + client.substring(client.lastIndexOf('(') + 1).replace(")", "")
                + "-SelectorManager";
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        while (group.getParent() != null) {
            group = group.getParent();
        }
        Thread[] threads = new Thread[group.activeCount() + 8];
        for (int i = group.enumerate(threads, true) - 1; i >= 0; i--) {
            if (threads[i].getName().equals(selector)) {
                threads[i].interrupt();
                try {
                    threads[i].join(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** The full URL of an API path such as {@code /users} on this server. */
    public URI uri(String path, Map<String, ?> query) {
        return uri(server, path, query);
    }

    /**
     * The full URL of an API path such as {@code /users}, with the non-null query parameters encoded.
     *
     * @param path already encoded, see {@link #segment}
     */
    public static URI uri(URI server, String path, Map<String, ?> query) {
        StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((name, value) -> {
            if (value != null) {
                parameters.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
            }
        });
        return URI.create(server + "/api/v1" + path + parameters);
    }

    /** Percent-encodes one path segment, such as a SIP address in {@code /users/{sipAddress}}. */
    public static String segment(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~:@!$&'()*+,=".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    /** GET; the answer's JSON object. */
    public Map<String, Object> get(String path, Map<String, ?> query) {
        return exchange(request(uri(path, query)).timeout(timeout).GET().build());
    }

    /** The pages of a listing that answers {@code {"items": [...], "next": cursor}}, fetched as they are read. */
    public Pages pages(String path, Map<String, ?> query) {
        return new Pages(this, path, query);
    }

    /**
     * POST, PUT, PATCH or DELETE with an optional JSON body.
     *
     * @param body serialized as JSON, null members included; null sends no body
     * @return the answer's JSON object; empty for 204 No Content
     */
    public Map<String, Object> send(String method, String path, Object body) {
        BodyPublisher publisher = body == null
                ? BodyPublishers.noBody()
                : BodyPublishers.ofString(JSON_BODIES.asString(body), StandardCharsets.UTF_8);
        HttpRequest.Builder request = request(uri(path, Map.of())).timeout(timeout).method(method, publisher);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request.build());
    }

    /**
     * POSTs a CSV body as it is read, without holding it in memory, and waits as long as the server
     * needs to process it: a large import may take longer than one ordinary answer.
     */
    public Map<String, Object> postCsv(String path, BodyPublisher csv) {
        return exchange(request(uri(path, Map.of())).header("Content-Type", "text/csv; charset=utf-8").POST(csv).build());
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .header("User-Agent", "keypad-cli") // the server records it as the source of audited actions
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json");
    }

    private Map<String, Object> exchange(HttpRequest request) {
        HttpResponse<InputStream> response = send(request);
        try (InputStream body = response.body()) {
            byte[] bytes = body.readAllBytes();
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return bytes.length == 0 ? Map.of() : JSON_BODIES.mapFrom(bytes);
            }
            throw new ProblemException(status, problem(response, bytes));
        } catch (IOException e) {
            throw new ServerUnreachableException(server, "the connection broke while reading the answer", e);
        } catch (JacksonException e) {
            throw new ProblemException(response.statusCode(), Map.of("detail",
                    "the server at " + server + " answered with something that is not JSON: is it a Keypad server?"));
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request) {
        try {
            return http.send(request, BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new ServerUnreachableException(server, "no connection within " + timeout.toSeconds() + " s", e);
        } catch (HttpTimeoutException e) {
            throw new ServerUnreachableException(server, "no answer within " + timeout.toSeconds() + " s", e);
        } catch (ConnectException e) {
            throw new ServerUnreachableException(server, unresolved(e) ? "unknown host" : "connection refused", e);
        } catch (IOException e) {
            throw new ServerUnreachableException(server, Optional.ofNullable(e.getMessage()).orElse("I/O error"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachableException(server, "interrupted", e);
        }
    }

    /** The JDK reports an unknown host as a ConnectException, with the real reason a few causes down. */
    private static boolean unresolved(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> problem(HttpResponse<?> response, byte[] bytes) {
        Optional<String> location = response.headers().firstValue("Location");
        if (response.statusCode() / 100 == 3 && location.isPresent()) {
            return Map.of("detail", "the server redirects to " + location.get() + "; use that address as the server URL");
        }
        boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
        if (json && bytes.length > 0) {
            try {
                return JSON_BODIES.mapFrom(bytes);
            } catch (JacksonException e) {
                // falls through to the bare status below: a broken error body must not hide the status
            }
        }
        return Map.of();
    }
}
