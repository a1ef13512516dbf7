package dev.keypad.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.keypad.audit.AuditLog;
import dev.keypad.audit.AuditRecord;

/**
 * The audit log (SPEC §7) for administrators and auditors: what was done, by whom, to what, and
 * whether the hash chain that protects the records is intact.
 */
@Controller
class AuditPage {

    private static final int PAGE_SIZE = 100;

    private final AuditLog log;

    AuditPage(AuditLog log) {
        this.log = log;
    }

    /**
     * The listing's filters; blank means any.
     *
     * @param since a date, a date and time (both UTC) or an instant
     * @param after the last sequence number of the previous page
     */
    record AuditFilter(String since, String action, String target, String actor, String after) {
    }

    /** A page of records, newest first, and the cursor of the next (older) page, null at the end. */
    record Page(List<AuditRecord> records, String next) {
    }

    @GetMapping("/console/audit")
    String list(@ModelAttribute("filter") AuditFilter filter, BindingResult errors, Model model, HttpServletResponse response) {
        model.addAttribute("time", TimeText.UTC);
        Instant since = null;
        try {
            since = instant(filter.since());
        } catch (DateTimeParseException e) {
            errors.rejectValue("since", "invalid", "Enter a date such as 2026-11-24, or a date and time such as 2026-11-24T20:00 (UTC).");
        }
        long after = 0;
        if (blankToNull(filter.after()) != null) {
            try {
                after = Long.parseLong(filter.after().strip());
            } catch (NumberFormatException e) {
                errors.rejectValue("after", "invalid", "This page link is broken; start again from the first page.");
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "console/audit";
        }
        List<AuditRecord> records = log.list(new AuditLog.Query(since, blankToNull(filter.action()), blankToNull(filter.target()),
                blankToNull(filter.actor()), true), after, PAGE_SIZE);
        String next = records.size() < PAGE_SIZE ? null : Long.toString(records.get(records.size() - 1).seq());
        model.addAttribute("page", new Page(records, next));
        return "console/audit";
    }

    @GetMapping("/console/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", log.verify());
        return "console/audit-verify";
    }

    /** A date means its start; a date and time without a zone, and a date alone, are UTC, as the page shows times. */
    private static Instant instant(String since) {
        String text = blankToNull(since);
        if (text == null) {
            return null;
        }
        if (!text.contains("T")) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return text.endsWith("Z") ? Instant.parse(text) : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
