package dev.keypad.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.keypad.access.Account;
import dev.keypad.access.Accounts;
import dev.keypad.access.ApiToken;

/**
 * Authenticates API requests by their {@code Authorization: Bearer} token. A request without a
 * valid token goes on unauthenticated and is answered 401 by the authorization rules.
 */
final class TokenAuthentication extends OncePerRequestFilter {

    static final String REFUSED = TokenAuthentication.class.getName() + ".refused";

    private final Accounts accounts;

    TokenAuthentication(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).trim();
            accounts.findByTokenHash(ApiToken.hash(token)).ifPresentOrElse(
                    account -> SecurityContextHolder.getContext().setAuthentication(authenticated(account)),
                    () -> request.setAttribute(REFUSED, Boolean.TRUE));
        }
        chain.doFilter(request, response);
    }

    private static UsernamePasswordAuthenticationToken authenticated(Account account) {
        return UsernamePasswordAuthenticationToken.authenticated(account.name(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
    }
}
