package dev.keypad.mail.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.keypad.Actor;
import dev.keypad.directory.FindUsers;
import dev.keypad.mail.Mail;
import dev.keypad.mail.Outbox;

/** The mail outbox (docs/api.md "Mail outbox"): list, show, retry, cancel. Never a PIN. */
@RestController
@RequestMapping("/api/v1/mails")
class MailController {

    private final Outbox outbox;
    private final FindUsers find;

    MailController(Outbox outbox, FindUsers find) {
        this.outbox = outbox;
        this.find = find;
    }

    @GetMapping
    Outbox.Page list(@RequestParam(required = false) String status, @RequestParam(required = false) String identity,
                     @RequestParam(required = false) Integer limit, @RequestParam(required = false) String after) {
        Long userId = identity == null ? null : find.one(identity).id();
        return outbox.list(status, userId, after, limit);
    }

    @GetMapping("/{id}")
    Mail show(@PathVariable long id) {
        return outbox.show(id);
    }

    @PostMapping("/{id}/retry")
    Mail retry(@PathVariable long id, Actor actor) {
        return outbox.retry(id, actor);
    }

    @PostMapping("/{id}/cancel")
    Mail cancel(@PathVariable long id, Actor actor) {
        return outbox.cancel(id, actor);
    }
}
