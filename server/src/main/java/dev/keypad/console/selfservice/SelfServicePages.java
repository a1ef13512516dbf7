package dev.keypad.console.selfservice;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.keypad.directory.FindUsers;
import dev.keypad.directory.User;

/** Gives every self-service page the signed-in user, for the name in the page's header. */
@ControllerAdvice(basePackageClasses = SelfServicePages.class)
class SelfServicePages {

    private final FindUsers find;

    SelfServicePages(FindUsers find) {
        this.find = find;
    }

    /** The user, or null before signing in. */
    @ModelAttribute("me")
    User me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SelfServiceUser user ? find.byId(user.userId()) : null;
    }
}
