package dev.keypad.console;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.keypad.access.Accounts;
import dev.keypad.access.ConsoleCredentials;

/** Gives every console page its {@link Viewer}. */
@ControllerAdvice(basePackageClasses = ConsolePages.class)
class ConsolePages {

    private final Accounts accounts;

    ConsolePages(Accounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("viewer")
    Viewer viewer(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // The dispatch that ends an event stream renders no page, and may come while the server
        // shuts down and its database is gone.
        if (request.getDispatcherType() == DispatcherType.ASYNC || authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() || Viewer.consoleRole(authentication).isEmpty()) {
            return null;
        }
        boolean needsPassword = accounts.consoleCredentials(authentication.getName())
                .map(ConsoleCredentials::passwordHash).isEmpty();
        return Viewer.of(authentication, needsPassword);
    }
}
