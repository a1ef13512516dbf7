package dev.keypad.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import dev.keypad.access.Accounts;
import dev.keypad.access.ConsoleSignIn;

/**
 * Who may open which page of the web console and the self-service pages (SPEC §1), in one table,
 * and how people sign in to them (ADR 0012): a session cookie that is Secure, HttpOnly and
 * SameSite=Strict, CSRF tokens on every form, a strict content security policy (no inline
 * script or style), and an idle timeout ({@code KEYPAD_SESSION_TIMEOUT}, 15 minutes).
 * Anything under {@code /console} or {@code /self} not listed is refused.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    static final String ADMINISTRATOR = "ADMINISTRATOR";
    static final String HELPDESK = "HELPDESK";
    static final String AUDITOR = "AUDITOR";
    /** An end user signed in through a mailed one-time link. */
    static final String SELF = "SELF";

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, ConsoleSignIn signIn, Accounts accounts) throws Exception {
        String[] readers = {ADMINISTRATOR, HELPDESK, AUDITOR};
        String[] pinOperators = {ADMINISTRATOR, HELPDESK};
        http.securityMatcher("/", "/sign-in", "/sign-out", "/console", "/console/**", "/self", "/self/**", "/assets/**")
                .authenticationManager(consoleAccounts(signIn))
                .addFilterBefore(new CurrentAccounts(accounts), AuthorizationFilter.class)
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .authenticationDetailsSource(RequestSource::of)
                        .defaultSuccessUrl("/console", false)
                        .failureUrl("/sign-in?failed"))
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .deleteCookies("KEYPAD_SESSION")
                        .logoutSuccessHandler((request, response, authentication) -> response.sendRedirect(
                                authentication != null && authentication.getAuthorities().contains(new SimpleGrantedAuthority("ROLE_" + SELF))
                                        ? "/self?signed-out" : "/sign-in?signed-out")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")))
                .exceptionHandling(errors -> errors.accessDeniedPage("/console/forbidden")
                        .authenticationEntryPoint(ConsoleSecurity::askToSignIn))
                .authorizeHttpRequests(pages -> pages
                        .requestMatchers(GET, "/", "/sign-in", "/assets/**").permitAll()
                        .requestMatchers(POST, "/sign-in", "/sign-out").permitAll()
                        // Where refused requests are forwarded, whatever their method.
                        .requestMatchers("/console/forbidden").permitAll()
                        // Self-service: asking for a link and opening it need no session.
                        .requestMatchers(GET, "/self", "/self/sign-in").permitAll()
                        .requestMatchers(POST, "/self/link", "/self/sign-in").permitAll()
                        .requestMatchers("/self/**").hasRole(SELF)
                        // The administrators' console.
                        .requestMatchers(GET, "/console", "/console/account").hasAnyRole(readers)
                        .requestMatchers(POST, "/console/account/password").hasAnyRole(readers)
                        .requestMatchers(GET, "/console/users", "/console/users/*").hasAnyRole(readers)
                        .requestMatchers(POST, "/console/users/*/pins/*/set", "/console/users/*/pins/*/lock",
                                "/console/users/*/pins/*/unlock").hasAnyRole(pinOperators)
                        .requestMatchers(POST, "/console/users/*/conferencing/*").hasRole(ADMINISTRATOR)
                        .requestMatchers(POST, "/console/users/*/policies/*").hasRole(ADMINISTRATOR)
                        .requestMatchers(GET, "/console/bulk").hasAnyRole(pinOperators)
                        .requestMatchers(POST, "/console/bulk/preview", "/console/bulk/run").hasAnyRole(pinOperators)
                        .requestMatchers(GET, "/console/policies", "/console/policies/*/*").hasAnyRole(readers)
                        .requestMatchers(GET, "/console/policies/new").hasRole(ADMINISTRATOR)
                        .requestMatchers(POST, "/console/policies", "/console/policies/*/*", "/console/policies/*/*/remove",
                                "/console/policies/*/*/grants").hasRole(ADMINISTRATOR)
                        .requestMatchers(GET, "/console/conferencing").hasAnyRole(readers)
                        .requestMatchers(POST, "/console/conferencing").hasRole(ADMINISTRATOR)
                        .requestMatchers(GET, "/console/meetings", "/console/meetings/*", "/console/meetings/*/events")
                                .hasAnyRole(readers)
                        .requestMatchers(GET, "/console/mails", "/console/mails/*").hasAnyRole(readers)
                        .requestMatchers(POST, "/console/mails/*/retry", "/console/mails/*/cancel").hasRole(ADMINISTRATOR)
                        .requestMatchers(GET, "/console/audit", "/console/audit/verify").hasAnyRole(ADMINISTRATOR, AUDITOR)
                        .requestMatchers(GET, "/console/accounts").hasRole(ADMINISTRATOR)
                        .requestMatchers(POST, "/console/accounts", "/console/accounts/*/remove", "/console/accounts/*/unblock")
                                .hasRole(ADMINISTRATOR)
                        .anyRequest().denyAll());
        return http.build();
    }

    /** Tells the application when a session ends, so what lives with it (a meeting's event stream) ends too. */
    @Bean
    static HttpSessionEventPublisher sessionEvents() {
        return new HttpSessionEventPublisher();
    }

    /** Sends the browser to sign in, telling it when that is because its session ran out. */
    private static void askToSignIn(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        boolean self = request.getRequestURI().startsWith("/self");
        response.sendRedirect((self ? "/self" : "/sign-in") + (expired ? "?expired" : ""));
    }

    /** Console accounts, by password or API token; the roles are the account's (SPEC §1). */
    private static AuthenticationManager consoleAccounts(ConsoleSignIn signIn) {
        return authentication -> {
            String source = authentication.getDetails() instanceof String text ? text : null;
            ConsoleSignIn.Outcome outcome = signIn.signIn(authentication.getName(), String.valueOf(authentication.getCredentials()), source);
            if (outcome instanceof ConsoleSignIn.Outcome.SignedIn signedIn) {
                return UsernamePasswordAuthenticationToken.authenticated(signedIn.account().name(), null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + signedIn.account().role().name())));
            }
            throw new BadCredentialsException(((ConsoleSignIn.Outcome.Refused) outcome).message());
        };
    }
}
