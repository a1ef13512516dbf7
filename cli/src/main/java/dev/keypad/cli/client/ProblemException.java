package dev.keypad.cli.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The server refused a request: an RFC 9457 problem detail, or a stand-in for an answer that was not one.
 * The message is the problem's {@code detail}, the human explanation.
 */
public final class ProblemException extends RuntimeException {

    private final int status;
    private final Map<String, Object> problem;

    /**
     * @param status the HTTP status code
     * @param problem the problem detail's members as the server sent them ({@code type}, {@code detail},
     *     {@code matches}, …); not null, may be empty
     */
    public ProblemException(int status, Map<String, Object> problem) {
        super(describe(status, problem));
        this.status = status;
        this.problem = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(problem, "problem")));
    }

    public int status() {
        return status;
    }

    /**
     * The last segment of the problem {@code type} URI ({@code not-found}, {@code conflict}, …), after its last
     * {@code /} or {@code :} so that URL and URN types read alike; "" if none.
     */
    public String kind() {
        Object type = problem.get("type");
        if (!(type instanceof String text)) {
            return "";
        }
        return text.substring(Math.max(text.lastIndexOf('/'), text.lastIndexOf(':')) + 1);
    }

    /** The request field at fault ({@code field} of {@code invalid-input}, such as {@code purpose}); null if none. */
    public String field() {
        return problem.get("field") instanceof String field ? field : null;
    }

    /** The SIP addresses an ambiguous identity matched; empty for other problems. */
    public List<String> matches() {
        return problem.get("matches") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
    }

    /**
     * The rules a PIN broke ({@code violations}: objects with a reason {@code code} and a {@code message}, never
     * the PIN); empty for other problems.
     */
    public List<Map<String, Object>> violations() {
        return violations(problem.get("violations"));
    }

    /** The violation objects of a {@code violations} member, as in a problem or a failed target's result. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> violations(Object member) {
        return member instanceof List<?> list
                ? list.stream().filter(Map.class::isInstance).map(item -> (Map<String, Object>) item).toList()
                : List.of();
    }

    private static String describe(int status, Map<String, Object> problem) {
        for (String member : List.of("detail", "title")) {
            if (problem.get(member) instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return switch (status) {
            case 401 -> "the server does not accept the token (HTTP 401); log in again";
            case 403 -> "the account's role may not do this (HTTP 403)";
            default -> "the server answered HTTP " + status;
        };
    }
}
