package dev.keypad.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.keypad.access.Role;
import dev.keypad.testing.ConsoleSession;
import dev.keypad.testing.ConsoleSession.Page;
import dev.keypad.testing.Database;
import dev.keypad.testing.KeypadServer;

/**
 * Walks every console page the server has with every console role (SPEC §1), as
 * {@code EndpointRolesIT} does for the API. The pages come from the running server, so a new page
 * fails this test until the table below says who may open it. Refused roles must get the 403 page;
 * allowed roles are only sent GETs here, since an empty form posted as an allowed role could change
 * settings that other tests rely on: the pages' own tests post their forms.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleRolesIT {

    private static final Set<Role> READERS = EnumSet.of(Role.ADMINISTRATOR, Role.HELPDESK, Role.AUDITOR);
    private static final Set<Role> PIN_OPERATORS = EnumSet.of(Role.ADMINISTRATOR, Role.HELPDESK);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMINISTRATOR);
    private static final Set<Role> AUDIT = EnumSet.of(Role.ADMINISTRATOR, Role.AUDITOR);
    private static final Set<Role> NONE = EnumSet.noneOf(Role.class);

    /** Who may open what: the contract of docs/console.md. Self-service pages belong to end users, never to accounts. */
    private static final Map<String, Set<Role>> ALLOWED = Map.ofEntries(
            Map.entry("GET /console", READERS),
            Map.entry("GET /console/account", READERS),
            Map.entry("POST /console/account/password", READERS),
            Map.entry("GET /console/users", READERS),
            Map.entry("GET /console/users/{id}", READERS),
            Map.entry("POST /console/users/{id}/pins/{purpose}/set", PIN_OPERATORS),
            Map.entry("POST /console/users/{id}/pins/{purpose}/lock", PIN_OPERATORS),
            Map.entry("POST /console/users/{id}/pins/{purpose}/unlock", PIN_OPERATORS),
            Map.entry("POST /console/users/{id}/conferencing/{action}", ADMIN),
            Map.entry("POST /console/users/{id}/policies/{purpose}", ADMIN),
            Map.entry("GET /console/bulk", PIN_OPERATORS),
            Map.entry("POST /console/bulk/preview", PIN_OPERATORS),
            Map.entry("POST /console/bulk/run", PIN_OPERATORS),
            Map.entry("GET /console/policies", READERS),
            Map.entry("GET /console/policies/{purpose}/{scope}", READERS),
            Map.entry("GET /console/policies/new", ADMIN),
            Map.entry("POST /console/policies", ADMIN),
            Map.entry("POST /console/policies/{purpose}/{scope}", ADMIN),
            Map.entry("POST /console/policies/{purpose}/{scope}/remove", ADMIN),
            Map.entry("POST /console/policies/{purpose}/{scope}/grants", ADMIN),
            Map.entry("GET /console/conferencing", READERS),
            Map.entry("POST /console/conferencing", ADMIN),
            Map.entry("GET /console/meetings", READERS),
            Map.entry("GET /console/meetings/{conferenceId}", READERS),
            Map.entry("GET /console/meetings/{conferenceId}/events", READERS),
            Map.entry("GET /console/mails", READERS),
            Map.entry("GET /console/mails/{id}", READERS),
            Map.entry("POST /console/mails/{id}/retry", ADMIN),
            Map.entry("POST /console/mails/{id}/cancel", ADMIN),
            Map.entry("GET /console/audit", AUDIT),
            Map.entry("GET /console/audit/verify", AUDIT),
            Map.entry("GET /console/accounts", ADMIN),
            Map.entry("POST /console/accounts", ADMIN),
            Map.entry("POST /console/accounts/{name}/remove", ADMIN),
            Map.entry("POST /console/accounts/{name}/unblock", ADMIN),
            Map.entry("GET /self/pins", NONE),
            Map.entry("POST /self/pins/{purpose}/reset", NONE),
            Map.entry("GET /self/pins/{purpose}/change", NONE),
            Map.entry("POST /self/pins/{purpose}/change", NONE),
            Map.entry("POST /self/conference/reset-leader-pin", NONE));

    /** Pages anyone may open, signed in or not. */
    private static final Set<String> OPEN = Set.of("GET /", "GET /sign-in", "GET /self", "GET /self/sign-in",
            "POST /self/link", "POST /self/sign-in", "GET /console/forbidden", "POST /console/forbidden");

    private KeypadServer server;
    private final Map<Role, ConsoleSession> sessions = new EnumMap<>(Role.class);

    @BeforeAll
    void signInEveryRole() {
        server = KeypadServer.shared(Database.H2);
        for (Role role : READERS) {
            String name = "console-walk-" + role.jsonName();
            String token = server.admin().post("/api/v1/accounts", Map.of("name", name, "role", role.jsonName()))
                    .json().get("token").asString();
            sessions.put(role, ConsoleSession.signedIn(server, name, token));
        }
    }

    @Test
    void everyPageAnswersEveryRoleAsTheTableSays() {
        Map<String, String> pages = pages();
        assertThat(pages.keySet()).as("pages without a decision on who may open them").isSubsetOf(ALLOWED.keySet());
        assertThat(pages).hasSameSizeAs(ALLOWED);
        pages.forEach((page, path) -> {
            boolean get = page.startsWith("GET ");
            for (Role role : READERS) {
                ConsoleSession session = sessions.get(role);
                if (ALLOWED.get(page).contains(role)) {
                    if (get && !path.endsWith("/events")) {
                        Page answer = session.get(path);
                        assertThat(answer.status()).as(role + " " + page + ": " + answer.status()).isNotEqualTo(403);
                        assertThat(String.valueOf(answer.location())).as(role + " " + page).doesNotContain("/sign-in");
                    }
                } else {
                    session.get("/console/account"); // a fresh CSRF token, so only the role decides
                    Page answer = get ? session.get(path) : session.post(path, Map.of());
                    assertThat(answer.status()).as(role + " " + page).isEqualTo(403);
                    assertThat(answer.html()).as(role + " " + page).contains("may not do this");
                }
            }
            Page anonymous = new ConsoleSession(server.baseUrl()).get(path);
            assertThat(anonymous.location()).as("not signed in: " + page)
                    .endsWith(path.startsWith("/self") ? "/self" : "/sign-in");
        });
    }

    @Test
    void pathsOutsideTheTableAreRefusedEvenToAdministrators() {
        assertThat(sessions.get(Role.ADMINISTRATOR).get("/console/no-such-page").status()).isEqualTo(403);
        assertThat(sessions.get(Role.ADMINISTRATOR).get("/self/no-such-page").status()).isEqualTo(403);
    }

    @Test
    void aConsoleSessionOpensNoApiEndpoint() {
        Page api = sessions.get(Role.ADMINISTRATOR).get("/api/v1/whoami");
        assertThat(api.status()).isEqualTo(401);
    }

    /** "METHOD pattern" → a concrete path, from the server's own handler mappings. */
    private Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        server.beans(RequestMappingHandlerMapping.class).stream().flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                .forEach(info -> info.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/console") || pattern.startsWith("/self") || pattern.equals("/") || pattern.equals("/sign-in"))
                        .forEach(pattern -> {
                            Set<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty()
                                    ? EnumSet.of(RequestMethod.GET, RequestMethod.POST) : info.getMethodsCondition().getMethods();
                            for (RequestMethod method : methods) {
                                String page = method.name() + " " + pattern;
                                if (!OPEN.contains(page)) {
                                    pages.put(page, pattern.replace("{id}", "999999999").replace("{purpose}", "phone")
                                            .replace("{scope}", "tag:nobody").replace("{action}", "enable")
                                            .replace("{conferenceId}", "9999999").replace("{name}", "no-such-account"));
                                }
                            }
                        }));
        return pages;
    }
}
