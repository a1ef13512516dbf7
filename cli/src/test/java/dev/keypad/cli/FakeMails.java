package dev.keypad.cli;

import static dev.keypad.cli.FakeRoutes.problem;

import dev.keypad.cli.FakeRoutes.Answer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mail outbox of {@link FakeKeypadServer}: mails as docs/api.md shows them, listed newest first with cursors,
 * retried and cancelled by the rules of docs/api.md (409 for a sent or cancelled mail). Nothing is delivered: a
 * test puts a mail in the status it needs. Thread-safe through its own lock.
 */
final class FakeMails {

    private final FakeDirectory directory;
    private final TreeMap<Integer, Map<String, Object>> mails = new TreeMap<>();
    private int lastId;

    FakeMails(FakeDirectory directory) {
        this.directory = directory;
    }

    /**
     * What becomes of the mail of a change, by the rules of docs/api.md: queued in the outbox, or why not.
     *
     * @param request         the operation's body, with its sendEmail and emailTo
     * @param userEmail       the user's primary address, or null
     * @param automaticMails  the tenant setting automaticallySendEmailsToUsers
     */
    Map<String, Object> note(String kind, String identity, String userEmail, Map<String, Object> request, boolean automaticMails,
                             boolean whatIf) {
        String emailTo = (String) request.get("emailTo");
        boolean send = request.get("sendEmail") instanceof Boolean asked ? asked : emailTo != null || automaticMails;
        String to = emailTo != null ? emailTo : userEmail;
        Map<String, Object> mail = new java.util.LinkedHashMap<>();
        if (!send) {
            mail.put("status", "not-sent");
        } else if (to == null) {
            mail.put("status", "no-address");
        } else if (whatIf) {
            mail.put("status", "would-queue");
            mail.put("to", to);
        } else {
            mail.put("status", "queued");
            mail.put("id", queue(kind, identity, to).get("id"));
            mail.put("to", to);
        }
        return mail;
    }

    /** Queues a mail, as a change on the server does; a test may change the returned map's members. */
    synchronized Map<String, Object> queue(String kind, String identity, String to) {
        int id = ++lastId;
        Map<String, Object> mail = new LinkedHashMap<>();
        mail.put("id", id);
        mail.put("messageId", "<" + id + ".outbox@litwareinc.com>");
        mail.put("kind", kind);
        mail.put("identity", FakeDirectory.sip(identity));
        mail.put("to", to);
        mail.put("status", "queued");
        mail.put("attempts", 0);
        mail.put("queuedAt", "2026-11-24T20:00:00Z");
        mail.put("nextAttemptAt", "2026-11-24T20:00:00Z");
        mail.put("sentAt", null);
        mail.put("lastError", null);
        mail.put("holdsPin", !kind.equals("lockout"));
        mail.put("sendingUntil", null);
        mails.put(id, mail);
        return mail;
    }

    /** A mail in the given status, with what that status implies (a sent mail has its sentAt, no PIN). */
    synchronized Map<String, Object> put(String status, String identity, String to) {
        Map<String, Object> mail = queue("pin-set", identity, to);
        mail.put("status", status);
        switch (status) {
            case "sent" -> {
                mail.put("attempts", 1);
                mail.put("sentAt", "2026-11-24T20:00:05Z");
                mail.put("holdsPin", false);
            }
            case "failed" -> {
                mail.put("attempts", 3);
                mail.put("lastError", "550 5.1.1 mailbox unavailable");
            }
            case "cancelled" -> mail.put("holdsPin", false);
            default -> {
                // queued as it is
            }
        }
        return mail;
    }

    synchronized Map<String, Object> get(int id) {
        return mails.get(id);
    }

    synchronized Answer answer(String method, String path, Map<String, String> query) {
        String[] segments = path.split("/");
        if (segments.length == 2 && method.equals("GET")) {
            return page(query);
        }
        int id;
        try {
            id = Integer.parseInt(segments[2]);
        } catch (NumberFormatException e) {
            return problem(400, "invalid-input", "'" + segments[2] + "' is not a mail id", "field", "id");
        }
        Map<String, Object> mail = mails.get(id);
        if (mail == null) {
            return problem(404, "not-found", "there is no mail " + id);
        }
        return switch (method + " " + (segments.length == 4 ? segments[3] : "")) {
            case "GET " -> new Answer(200, mail);
            case "POST retry" -> retry(id, mail);
            case "POST cancel" -> cancel(id, mail);
            default -> problem(404, "not-found", "no route " + method + " " + path);
        };
    }

    private Answer page(Map<String, String> query) {
        String identity = query.get("identity");
        List<Map<String, Object>> users = identity == null ? List.of() : directory.resolve(identity);
        if (identity != null && users.isEmpty()) {
            return problem(404, "not-found", "no user matches '" + identity + "'", "identity", identity);
        }
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        int after = Integer.parseInt(query.getOrDefault("after", String.valueOf(Integer.MAX_VALUE)));
        List<Map<String, Object>> items = new ArrayList<>(mails.headMap(after, false).descendingMap().values().stream()
                .filter(mail -> query.get("status") == null || query.get("status").equals(mail.get("status")))
                .filter(mail -> identity == null || users.get(0).get("sipAddress").equals(mail.get("identity")))
                .limit(limit + 1L)
                .toList());
        String next = null;
        if (items.size() > limit) {
            items.remove(limit);
            next = String.valueOf(items.get(limit - 1).get("id"));
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("next", next);
        return new Answer(200, page);
    }

    private static Answer retry(int id, Map<String, Object> mail) {
        switch ((String) mail.get("status")) {
            case "sent" -> {
                return problem(409, "conflict", "mail " + id + " was sent; there is nothing to retry");
            }
            case "cancelled" -> {
                return problem(409, "conflict", "mail " + id + " is cancelled; it cannot be retried");
            }
            default -> {
                mail.put("status", "queued");
                mail.put("nextAttemptAt", "2026-11-25T08:00:00Z");
                return new Answer(200, mail);
            }
        }
    }

    private static Answer cancel(int id, Map<String, Object> mail) {
        switch ((String) mail.get("status")) {
            case "sent" -> {
                return problem(409, "conflict", "mail " + id + " was sent; it cannot be cancelled");
            }
            case "cancelled" -> {
                return problem(409, "conflict", "mail " + id + " is cancelled already");
            }
            default -> {
                mail.put("status", "cancelled");
                mail.put("holdsPin", false);
                return new Answer(200, mail);
            }
        }
    }
}
