package dev.keypad.console;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import dev.keypad.NotFoundException;

/** Answers a link to a user (or purpose, or action) that does not exist with a 404 page, not a trace. */
@ControllerAdvice(assignableTypes = {UserDetailsPage.class, SetPinPage.class, UserConferencingPage.class})
class MissingUser {

    private final ConsolePages pages;

    MissingUser(ConsolePages pages) {
        this.pages = pages;
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model, HttpServletRequest request) {
        // Exception handlers get a fresh model, without what ConsolePages adds to every page.
        model.addAttribute("viewer", pages.viewer(request));
        model.addAttribute("message", e.getMessage());
        return "console/user-not-found";
    }
}
