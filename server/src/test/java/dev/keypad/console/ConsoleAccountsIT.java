package dev.keypad.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.keypad.testing.ConsoleSession;
import dev.keypad.testing.ConsoleSession.Page;
import dev.keypad.testing.KeypadServer;
import dev.keypad.testing.OnBothDatabases;

/** The administrators' accounts page: add with a token shown once, remove, unblock sign-in, and who may use it. */
class ConsoleAccountsIT extends OnBothDatabases {

    private static final String PASSWORD = "staple battery horse correct";

    private String name(String name) {
        return name + "-" + database.name().toLowerCase();
    }

    private ConsoleSession admin() {
        return ConsoleSession.signedIn(server, "admin", KeypadServer.ADMIN_TOKEN);
    }

    private String apiAccount(String name, String role) {
        return api.post("/api/v1/accounts", Map.of("name", name, "role", role)).json().get("token").asString();
    }

    private long accounts() {
        return server.jdbc().queryForObject("SELECT COUNT(*) FROM accounts", Long.class);
    }

    private long adds() {
        return server.jdbc().queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'account.add'", Long.class);
    }

    private List<Map<String, Object>> audit(String action, String target) {
        return server.jdbc().queryForList("SELECT actor, outcome, details FROM audit_log WHERE action = ? AND target = ? ORDER BY seq",
                action, target);
    }

    /** Page text with the apostrophes Thymeleaf escapes put back. */
    private static String unescaped(String html) {
        return html.replace("&#39;", "'");
    }

    @Test
    void addingAnAccountShowsItsTokenOnceAndTheTokenSignsIn() {
        ConsoleSession admin = admin();
        Page added = admin.post("/console/accounts", Map.of("name", name("desk-eva"), "role", "helpdesk"));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        String token = added.textOf("shown-once-value").orElseThrow();
        assertThat(token).startsWith("kp_");
        assertThat(added.textOf("token-note")).hasValue("Give it to the person; they sign in with it and set their own password.");
        assertThat(added.textOf("account-" + name("desk-eva"))).hasValue(name("desk-eva"));

        ConsoleSession eva = ConsoleSession.signedIn(server, name("desk-eva"), token);
        assertThat(eva.get("/console/account").html()).contains("Help desk", "You signed in with an API token");

        Page list = admin.get("/console/accounts");
        assertThat(list.html()).contains(name("desk-eva"), "not yet: signs in with its API token").doesNotContain(token);
        assertThat(list.textOf("shown-once-value")).isEmpty();
        assertThat(audit("account.add", name("desk-eva"))).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("actor", "admin").containsEntry("details", "role HELPDESK"));
    }

    @Test
    void aGatewaysTokenIsForThePbx() {
        Page added = admin().post("/console/accounts", Map.of("name", name("pbx-gus"), "role", "gateway"));
        assertThat(added.textOf("shown-once-value")).isPresent();
        assertThat(added.textOf("token-note").orElseThrow()).startsWith("Configure it in the PBX");
        assertThat(server.jdbc().queryForObject("SELECT role FROM accounts WHERE name = ?", String.class, name("pbx-gus")))
                .isEqualTo("GATEWAY");
    }

    @Test
    void badAndTakenNamesShowErrorsNextToTheFieldAndCreateNothing() {
        ConsoleSession admin = admin();
        long before = accounts();
        long addsBefore = adds();

        Page bad = admin.post("/console/accounts", Map.of("name", "has space", "role", "auditor"));
        assertThat(bad.textOf("name-error").orElseThrow()).contains("must be 1 to 64 letters");
        assertThat(bad.html()).contains("aria-invalid=\"true\"", "aria-describedby=\"name-error\"", "value=\"has space\"");
        assertThat(bad.textOf("shown-once-value")).isEmpty();

        Page taken = admin.post("/console/accounts", Map.of("name", "admin", "role", "auditor"));
        assertThat(unescaped(taken.textOf("name-error").orElseThrow())).contains("An account named 'admin' exists already");
        assertThat(taken.textOf("shown-once-value")).isEmpty();

        Page badRole = admin.post("/console/accounts", Map.of("name", name("root-ivy"), "role", "superuser"));
        assertThat(badRole.textOf("role-error").orElseThrow()).contains("is not one of");

        assertThat(accounts()).isEqualTo(before);
        assertThat(server.jdbc().queryForObject("SELECT role FROM accounts WHERE name = 'admin'", String.class)).isEqualTo("ADMINISTRATOR");
        assertThat(adds()).as("account.add audit rows").isEqualTo(addsBefore);
    }

    @Test
    void removingAnAccountStopsItsToken() {
        String token = apiAccount(name("desk-hal"), "helpdesk");
        ConsoleSession admin = admin();
        assertThat(admin.get("/console/accounts").html()).contains("/console/accounts/" + name("desk-hal") + "/remove", "data-confirm");

        Page removed = admin.post("/console/accounts/" + name("desk-hal") + "/remove", Map.of());
        assertThat(removed.redirectsTo("/console/accounts")).as(removed.toString()).isTrue();
        Page after = admin.get("/console/accounts");
        assertThat(after.html()).contains("Account " + name("desk-hal") + " is removed");
        assertThat(after.textOf("account-" + name("desk-hal"))).isEmpty();
        assertThat(new ConsoleSession(server.baseUrl()).signIn(name("desk-hal"), token).location()).endsWith("/sign-in?failed");
        assertThat(audit("account.remove", name("desk-hal"))).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("actor", "admin"));
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAccount() {
        String token = apiAccount(name("root-jo"), "administrator");
        ConsoleSession jo = ConsoleSession.signedIn(server, name("root-jo"), token);
        assertThat(jo.get("/console/accounts").html()).doesNotContain("/console/accounts/" + name("root-jo") + "/remove")
                .contains("/console/accounts/admin/remove");

        Page refused = jo.post("/console/accounts/" + name("root-jo") + "/remove", Map.of());
        assertThat(refused.redirectsTo("/console/accounts")).as(refused.toString()).isTrue();
        assertThat(jo.get("/console/accounts").html()).contains("An account cannot remove itself; ask another administrator");
        assertThat(server.jdbc().queryForObject("SELECT COUNT(*) FROM accounts WHERE name = ?", Long.class, name("root-jo"))).isOne();
        assertThat(audit("account.remove", name("root-jo"))).isEmpty();
    }

    @Test
    void unblockingAfterFiveFailuresLetsTheRightPasswordInAtOnce() {
        String token = apiAccount(name("desk-kim"), "helpdesk");
        ConsoleSession kim = ConsoleSession.signedIn(server, name("desk-kim"), token);
        assertThat(kim.post("/console/account/password", Map.of("password", PASSWORD, "repeated", PASSWORD))
                .redirectsTo("/console/account")).isTrue();
        for (int failure = 1; failure <= 5; failure++) {
            new ConsoleSession(server.baseUrl()).signIn(name("desk-kim"), "wrong password number " + failure);
        }
        assertThat(new ConsoleSession(server.baseUrl()).signIn(name("desk-kim"), PASSWORD).location()).endsWith("/sign-in?failed");

        ConsoleSession admin = admin();
        Page blocked = admin.get("/console/accounts");
        assertThat(blocked.html()).contains("blocked after failed sign-ins until", "/console/accounts/" + name("desk-kim") + "/unblock");
        Page unblocked = admin.post("/console/accounts/" + name("desk-kim") + "/unblock", Map.of());
        assertThat(unblocked.redirectsTo("/console/accounts")).as(unblocked.toString()).isTrue();
        Page after = admin.get("/console/accounts");
        assertThat(after.html()).contains("Account " + name("desk-kim") + " may sign in again now")
                .doesNotContain("/console/accounts/" + name("desk-kim") + "/unblock");

        assertThat(new ConsoleSession(server.baseUrl()).signIn(name("desk-kim"), PASSWORD).redirectsTo("/console")).isTrue();
        assertThat(audit("account.unblock", name("desk-kim"))).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("actor", "admin").containsEntry("outcome", "success")
                .hasEntrySatisfying("details", details -> assertThat(details.toString()).startsWith("console sign-in was blocked until")));

        admin.post("/console/accounts/" + name("desk-kim") + "/unblock", Map.of());
        assertThat(unescaped(admin.get("/console/accounts").html())).contains("Sign-in of '" + name("desk-kim") + "' is not blocked");
        assertThat(audit("account.unblock", name("desk-kim"))).hasSize(1);
    }

    @Test
    void theHelpDeskAndAuditorsAreRefusedEveryAccountsRouteAndSeeNoLink() {
        String victim = name("desk-lou");
        apiAccount(victim, "helpdesk");
        assertThat(admin().get("/console/users").html()).contains("href=\"/console/accounts\"");
        for (String role : List.of("helpdesk", "auditor")) {
            String name = name("no-accounts-" + role);
            ConsoleSession session = ConsoleSession.signedIn(server, name, apiAccount(name, role));
            assertThat(session.get("/console/users").html()).as(role).doesNotContain("href=\"/console/accounts\"");
            long before = accounts();
            for (Page refused : List.of(session.get("/console/accounts"),
                    session.post("/console/accounts", Map.of("name", name("sneaky-" + role), "role", "administrator")),
                    session.post("/console/accounts/" + victim + "/remove", Map.of()),
                    session.post("/console/accounts/" + victim + "/unblock", Map.of()))) {
                assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
                assertThat(refused.html()).contains("may not do this");
            }
            assertThat(accounts()).as(role).isEqualTo(before);
        }
        assertThat(server.jdbc().queryForObject("SELECT COUNT(*) FROM accounts WHERE name = ?", Long.class, victim)).isOne();
    }
}
