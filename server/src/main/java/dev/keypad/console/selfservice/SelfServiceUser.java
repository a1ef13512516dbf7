package dev.keypad.console.selfservice;

import java.io.Serializable;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * An end user signed in to the self-service pages with a mailed link: who they are, for the pages
 * to show and change their own PINs and nobody else's. Immutable.
 *
 * @param actorName {@code self:<sip address>}, as the audit log names them
 */
record SelfServiceUser(long userId, String sipAddress, String actorName) implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return actorName;
    }
}
