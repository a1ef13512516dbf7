package dev.keypad.web;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import dev.keypad.access.Accounts;

/**
 * Who may call which endpoint (SPEC §1), in one table. Anything under {@code /api} that is not
 * listed is refused, so a new endpoint is closed until someone decides who may use it.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    private static final String ADMINISTRATOR = "ADMINISTRATOR";
    private static final String HELPDESK = "HELPDESK";
    private static final String AUDITOR = "AUDITOR";
    private static final String GATEWAY = "GATEWAY";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Accounts accounts, Problems problems) throws Exception {
        http.securityMatcher("/api/**")
                // Bearer tokens, no cookies: nothing for a cross-site request to ride on.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new TokenAuthentication(accounts), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(response,
                                HttpStatus.UNAUTHORIZED, "unauthenticated",
                                request.getAttribute(TokenAuthentication.REFUSED) != null
                                        ? "The API token was not accepted: it is unknown or its account was removed"
                                        : "This API needs a token: send Authorization: Bearer <token>", Map.of()))
                        .accessDeniedHandler((request, response, e) -> problems.write(response,
                                HttpStatus.FORBIDDEN, "forbidden",
                                "Your account's role may not " + request.getMethod() + " " + request.getRequestURI(), Map.of())))
                .authorizeHttpRequests(api -> api
                        .requestMatchers(GET, "/api/v1/whoami", "/api/v1/openapi", "/api/v1/openapi.yaml").authenticated()
                        .requestMatchers(GET, "/api/v1/users", "/api/v1/users/*").hasAnyRole(ADMINISTRATOR, HELPDESK, AUDITOR)
                        .requestMatchers(POST, "/api/v1/users", "/api/v1/users/import").hasRole(ADMINISTRATOR)
                        .requestMatchers(PATCH, "/api/v1/users/*").hasRole(ADMINISTRATOR)
                        .requestMatchers(DELETE, "/api/v1/users/*").hasRole(ADMINISTRATOR)
                        .requestMatchers(GET, "/api/v1/audit", "/api/v1/audit/verify").hasAnyRole(ADMINISTRATOR, AUDITOR)
                        .requestMatchers("/api/v1/accounts", "/api/v1/accounts/*").hasRole(ADMINISTRATOR)
                        .requestMatchers(POST, "/api/v1/accounts/*/unblock").hasRole(ADMINISTRATOR)
                        .requestMatchers(GET, "/api/v1/policies", "/api/v1/policies/*/*").hasAnyRole(ADMINISTRATOR, HELPDESK, AUDITOR)
                        .requestMatchers(PUT, "/api/v1/policies/*/*").hasRole(ADMINISTRATOR)
                        .requestMatchers(DELETE, "/api/v1/policies/*/*").hasRole(ADMINISTRATOR)
                        .requestMatchers(POST, "/api/v1/policies/*/grants").hasRole(ADMINISTRATOR)
                        .requestMatchers(GET, "/api/v1/pins").hasAnyRole(ADMINISTRATOR, HELPDESK, AUDITOR)
                        .requestMatchers(POST, "/api/v1/pins/set", "/api/v1/pins/lock", "/api/v1/pins/unlock")
                                .hasAnyRole(ADMINISTRATOR, HELPDESK)
                        .requestMatchers(POST, "/api/v1/pin-keys/rotate").hasRole(ADMINISTRATOR)
                        .requestMatchers(POST, "/api/v1/phone/sign-in", "/api/v1/phone/change-pin").hasAnyRole(GATEWAY, ADMINISTRATOR)
                        .requestMatchers(GET, "/api/v1/mails", "/api/v1/mails/*").hasAnyRole(ADMINISTRATOR, HELPDESK, AUDITOR)
                        .requestMatchers(POST, "/api/v1/mails/*/retry", "/api/v1/mails/*/cancel").hasRole(ADMINISTRATOR)
                        .requestMatchers(POST, "/api/v1/conference/join", "/api/v1/conference/organizer", "/api/v1/conference/leave")
                                .hasAnyRole(GATEWAY, ADMINISTRATOR)
                        .requestMatchers(GET, "/api/v1/conference/*", "/api/v1/conference/*/events")
                                .hasAnyRole(GATEWAY, ADMINISTRATOR, HELPDESK, AUDITOR)
                        .requestMatchers(GET, "/api/v1/conferencing/users").hasAnyRole(ADMINISTRATOR, HELPDESK, AUDITOR)
                        .requestMatchers(POST, "/api/v1/conferencing/users/enable", "/api/v1/conferencing/users/disable",
                                "/api/v1/conferencing/users/set").hasRole(ADMINISTRATOR)
                        .requestMatchers(GET, "/api/v1/tenant-settings").hasAnyRole(ADMINISTRATOR, HELPDESK, AUDITOR)
                        .requestMatchers(PATCH, "/api/v1/tenant-settings").hasRole(ADMINISTRATOR)
                        .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(rest -> rest
                        .requestMatchers("/actuator/health", "/error").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** The API takes tokens only; this also keeps Boot from creating a default user. */
    @Bean
    AuthenticationManager noPasswordLogins() {
        return authentication -> {
            throw new BadCredentialsException("The API accepts tokens only; passwords are for the console");
        };
    }
}
