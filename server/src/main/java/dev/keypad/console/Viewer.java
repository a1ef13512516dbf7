package dev.keypad.console;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import dev.keypad.access.Role;

/**
 * The account looking at a console page, for templates to show only what its role may do.
 * The rules themselves are enforced by {@code web/ConsoleSecurity}; this only hides what would
 * be refused anyway.
 *
 * @param needsPassword the account signed in with an API token and has no password yet
 */
public record Viewer(String name, Role role, boolean needsPassword) {

    static Viewer of(Authentication authentication, boolean needsPassword) {
        return new Viewer(authentication.getName(), consoleRole(authentication)
                .orElseThrow(() -> new IllegalStateException("A console session without a console role")), needsPassword);
    }

    /** The account role of a console session; empty for anonymous and self-service sessions. */
    static Optional<Role> consoleRole(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .flatMap(name -> Arrays.stream(Role.values()).filter(role -> name.equals("ROLE_" + role.name())))
                .findFirst();
    }

    /** Set, reset, lock and unlock PINs, and run bulk PIN actions. */
    public boolean canChangePins() {
        return role == Role.ADMINISTRATOR || role == Role.HELPDESK;
    }

    /** Policies, settings, conferencing users, mail retries, accounts: the administrator's alone. */
    public boolean canAdminister() {
        return role == Role.ADMINISTRATOR;
    }

    public boolean canReadAudit() {
        return role == Role.ADMINISTRATOR || role == Role.AUDITOR;
    }

    /** The role as the console names it: Administrator, Help desk, Auditor. */
    public String roleName() {
        return nameOf(role);
    }

    /** A role as the console names it, for any account, not only the viewer's. */
    static String nameOf(Role role) {
        return switch (role) {
            case ADMINISTRATOR -> "Administrator";
            case HELPDESK -> "Help desk";
            case AUDITOR -> "Auditor";
            case GATEWAY -> "Gateway";
        };
    }
}
