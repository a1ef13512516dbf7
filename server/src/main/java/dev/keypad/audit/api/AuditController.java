package dev.keypad.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.keypad.InvalidInputException;
import dev.keypad.audit.AuditLog;
import dev.keypad.audit.AuditRecord;

/** The audit log under {@code /api/v1/audit} (docs/api.md). */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 1000;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    /** @param after the {@code next} of the previous page */
    @GetMapping
    AuditPage list(@RequestParam(required = false) String since, @RequestParam(required = false) String action,
                   @RequestParam(required = false) String target, @RequestParam(required = false) String actor,
                   @RequestParam(required = false) Integer limit,
                   @RequestParam(required = false) Long after) {
        int pageSize = limit == null ? DEFAULT_PAGE : limit;
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_PAGE + ", was " + limit);
        }
        List<AuditRecord> records = log.list(new AuditLog.Query(instant(since), blankToNull(action), blankToNull(target),
                        blankToNull(actor), false),
                after == null ? 0 : after, pageSize);
        String next = records.size() < pageSize ? null : Long.toString(records.get(records.size() - 1).seq());
        return new AuditPage(records, next);
    }

    @GetMapping("/verify")
    AuditLog.Verification verify() {
        return log.verify();
    }

    record AuditPage(List<AuditRecord> items, String next) {
    }

    /** Accepts an instant ({@code 2026-11-24T20:00:00Z}) or a date, meaning its start in UTC. */
    private static Instant instant(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return since.contains("T") ? Instant.parse(since) : LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("since", "since '" + since + "' is neither a date (2026-11-24) nor an instant (2026-11-24T20:00:00Z)");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
