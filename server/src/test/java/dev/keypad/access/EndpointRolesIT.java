package dev.keypad.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.keypad.testing.Api;
import dev.keypad.testing.OnBothDatabases;

/**
 * Walks every API endpoint the server has with every role (SPEC §1). The endpoints come from the
 * running server, so a new endpoint fails this test until the table below says who may call it.
 */
class EndpointRolesIT extends OnBothDatabases {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> READERS = EnumSet.of(Role.ADMINISTRATOR, Role.HELPDESK, Role.AUDITOR);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMINISTRATOR);
    private static final Set<Role> AUDIT = EnumSet.of(Role.ADMINISTRATOR, Role.AUDITOR);
    private static final Set<Role> PIN_OPERATORS = EnumSet.of(Role.ADMINISTRATOR, Role.HELPDESK);
    private static final Set<Role> PHONE = EnumSet.of(Role.ADMINISTRATOR, Role.GATEWAY);

    /** Who may call what: the contract of docs/api.md. */
    private static final Map<String, Set<Role>> ALLOWED = Map.ofEntries(
            Map.entry("GET /api/v1/whoami", ALL),
            Map.entry("GET /api/v1/openapi", ALL),
            Map.entry("GET /api/v1/openapi.yaml", ALL),
            Map.entry("GET /api/v1/users", READERS),
            Map.entry("GET /api/v1/users/{sipAddress}", READERS),
            Map.entry("POST /api/v1/users", ADMIN),
            Map.entry("POST /api/v1/users/import", ADMIN),
            Map.entry("PATCH /api/v1/users/{sipAddress}", ADMIN),
            Map.entry("DELETE /api/v1/users/{sipAddress}", ADMIN),
            Map.entry("GET /api/v1/audit", AUDIT),
            Map.entry("GET /api/v1/audit/verify", AUDIT),
            Map.entry("GET /api/v1/accounts", ADMIN),
            Map.entry("POST /api/v1/accounts", ADMIN),
            Map.entry("DELETE /api/v1/accounts/{name}", ADMIN),
            Map.entry("POST /api/v1/accounts/{name}/unblock", ADMIN),
            Map.entry("GET /api/v1/policies", READERS),
            Map.entry("GET /api/v1/policies/{purpose}/{scope}", READERS),
            Map.entry("PUT /api/v1/policies/{purpose}/{scope}", ADMIN),
            Map.entry("DELETE /api/v1/policies/{purpose}/{scope}", ADMIN),
            Map.entry("POST /api/v1/policies/{purpose}/grants", ADMIN),
            Map.entry("GET /api/v1/pins", READERS),
            Map.entry("POST /api/v1/pins/set", PIN_OPERATORS),
            Map.entry("POST /api/v1/pins/lock", PIN_OPERATORS),
            Map.entry("POST /api/v1/pins/unlock", PIN_OPERATORS),
            Map.entry("POST /api/v1/pin-keys/rotate", ADMIN),
            Map.entry("POST /api/v1/phone/sign-in", PHONE),
            Map.entry("POST /api/v1/phone/change-pin", PHONE),
            Map.entry("GET /api/v1/mails", READERS),
            Map.entry("GET /api/v1/mails/{id}", READERS),
            Map.entry("POST /api/v1/mails/{id}/retry", ADMIN),
            Map.entry("POST /api/v1/mails/{id}/cancel", ADMIN),
            Map.entry("GET /api/v1/tenant-settings", READERS),
            Map.entry("PATCH /api/v1/tenant-settings", ADMIN),
            Map.entry("GET /api/v1/conferencing/users", READERS),
            Map.entry("POST /api/v1/conferencing/users/enable", ADMIN),
            Map.entry("POST /api/v1/conferencing/users/disable", ADMIN),
            Map.entry("POST /api/v1/conferencing/users/set", ADMIN),
            Map.entry("POST /api/v1/conference/join", PHONE),
            Map.entry("POST /api/v1/conference/organizer", PHONE),
            Map.entry("POST /api/v1/conference/leave", PHONE),
            Map.entry("GET /api/v1/conference/{conferenceId}", EnumSet.of(Role.ADMINISTRATOR, Role.GATEWAY, Role.HELPDESK, Role.AUDITOR)),
            Map.entry("GET /api/v1/conference/{conferenceId}/events", EnumSet.of(Role.ADMINISTRATOR, Role.GATEWAY, Role.HELPDESK, Role.AUDITOR)));

    private final Map<Role, Api> apis = new EnumMap<>(Role.class);

    @BeforeParameterizedClassInvocation
    void createAccounts() {
        for (Role role : Role.values()) {
            Api.Response created = server.admin().post("/api/v1/accounts",
                    Map.of("name", "walk-" + role.jsonName(), "role", role.jsonName()));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            apis.put(role, server.api(created.json().get("token").asString()));
        }
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheTableSays() {
        Map<String, String> endpoints = endpoints();
        assertThat(endpoints.keySet()).as("endpoints without a decision on who may call them")
                .isSubsetOf(ALLOWED.keySet());
        assertThat(endpoints).hasSameSizeAs(ALLOWED);
        endpoints.forEach((endpoint, path) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            for (Role role : Role.values()) {
                Api.Response response = apis.get(role).send(method, path, "application/json", method.equals("GET") || method.equals("DELETE") ? null : "{}");
                if (ALLOWED.get(endpoint).contains(role)) {
                    assertThat(response.status()).as(role + " " + endpoint + ": " + response).isNotIn(401, 403);
                } else {
                    assertThat(response.status()).as(role + " " + endpoint + ": " + response).isEqualTo(403);
                    assertThat(response.json().get("type").asString()).endsWith("/forbidden");
                }
            }
            Api.Response anonymous = server.api(null).send(method, path, "application/json", null);
            assertThat(anonymous.status()).as("no token " + endpoint).isEqualTo(401);
            Api.Response forged = server.api("kp_forged-token-that-was-never-issued").send(method, path, "application/json", null);
            assertThat(forged.status()).as("unknown token " + endpoint).isEqualTo(401);
            assertThat(forged.json().get("detail").asString()).contains("not accepted");
        });
    }

    @Test
    void unlistedApiPathIsRefusedEvenToAdministrators() {
        assertThat(server.admin().get("/api/v1/no-such-thing").status()).isEqualTo(403);
        assertThat(server.admin().get("/api/v2/users").status()).isEqualTo(403);
    }

    /** "METHOD pattern" → a concrete path to call, from the server's own handler mappings. */
    private Map<String, String> endpoints() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        server.beans(RequestMappingHandlerMapping.class).stream().flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                .forEach(info -> info.getPatternValues().stream().filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        endpoints.put(method.name() + " " + pattern, pattern
                                .replace("{sipAddress}", "sip:nobody@walk.test").replace("{name}", "nobody-here")
                                .replace("{purpose}", "phone").replace("{scope}", "tag:nobody").replace("{id}", "999999999").replace("{conferenceId}", "9999999"));
                    }
                }));
        return endpoints;
    }
}
