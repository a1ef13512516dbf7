package dev.keypad.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.keypad.access.Account;
import dev.keypad.access.Accounts;
import dev.keypad.access.Role;

/**
 * Ends a console session whose account was removed, or whose role is no longer the one it signed
 * in with, at its next request: a session otherwise keeps what it had at sign-in for as long as it
 * is used. One indexed lookup per console request. Self-service sessions are not accounts'.
 */
final class CurrentAccounts extends OncePerRequestFilter {

    private final Accounts accounts;

    CurrentAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Optional<Role> role = authentication == null ? Optional.empty() : roleOf(authentication);
        if (role.isPresent() && !accounts.findByName(authentication.getName()).map(Account::role).equals(role)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private static Optional<Role> roleOf(Authentication authentication) {
        return Arrays.stream(Role.values())
                .filter(role -> authentication.getAuthorities().contains(new SimpleGrantedAuthority("ROLE_" + role.name())))
                .findFirst();
    }
}
