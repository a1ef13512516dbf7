package dev.keypad.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.keypad.testing.ConsoleSession;
import dev.keypad.testing.ConsoleSession.Page;
import dev.keypad.testing.KeypadServer;
import dev.keypad.testing.OnBothDatabases;

/** Signing in to the console: passwords, API tokens, blocking, sessions, CSRF and headers (ADR 0012). */
class ConsoleSignInIT extends OnBothDatabases {

    private static final String PASSWORD = "staple battery horse correct";

    private String newAccount(String name, String role) {
        return api.post("/api/v1/accounts", Map.of("name", name + "-" + database.name().toLowerCase(), "role", role))
                .json().get("token").asString();
    }

    private String name(String name) {
        return name + "-" + database.name().toLowerCase();
    }

    @Test
    void anAccountSignsInWithItsTokenUntilItSetsAPasswordThenWithEither() {
        String token = newAccount("desk-anna", "helpdesk");
        ConsoleSession session = ConsoleSession.signedIn(server, name("desk-anna"), token);
        Page account = session.get("/console/account");
        assertThat(account.html()).contains("You signed in with an API token").contains("Help desk");

        Page tooShort = session.post("/console/account/password", Map.of("password", "short", "repeated", "short"));
        assertThat(tooShort.status()).isEqualTo(200);
        assertThat(tooShort.textOf("password-error")).hasValue("The password must have at least 15 characters");
        assertThat(tooShort.html()).contains("aria-invalid=\"true\"").doesNotContain("value=\"short\"");
        Page different = session.post("/console/account/password", Map.of("password", PASSWORD, "repeated", PASSWORD + "!"));
        assertThat(different.textOf("repeated-error")).hasValue("The two passwords are not the same");

        Page set = session.post("/console/account/password", Map.of("password", PASSWORD, "repeated", PASSWORD));
        assertThat(set.redirectsTo("/console/account")).as(set.toString()).isTrue();
        assertThat(session.get("/console/account").html()).contains("Your password is set").doesNotContain("You signed in with an API token");

        assertThat(new ConsoleSession(server.baseUrl()).signIn(name("desk-anna"), PASSWORD).redirectsTo("/console")).isTrue();
        assertThat(new ConsoleSession(server.baseUrl()).signIn(name("desk-anna"), token).redirectsTo("/console")).isTrue();
        assertThat(server.jdbc().queryForList("SELECT outcome, details FROM audit_log WHERE action = 'console.sign-in' AND actor = ?",
                name("desk-anna"))).extracting(row -> row.get("details").toString())
                .contains("with api token", "with password");
        assertThat(server.jdbc().queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'account.password' AND target = ?",
                Long.class, name("desk-anna"))).isEqualTo(1);
    }

    @Test
    void fiveFailuresBlockTheAccountForFifteenMinutesEvenWithTheRightSecret() {
        String token = newAccount("desk-ben", "helpdesk");
        for (int failure = 1; failure <= 5; failure++) {
            Page refused = new ConsoleSession(server.baseUrl()).signIn(name("desk-ben"), "wrong password number " + failure);
            assertThat(refused.redirectsTo("/sign-in")).as(refused.toString()).isTrue();
            assertThat(refused.location()).endsWith("?failed");
        }
        assertThat(new ConsoleSession(server.baseUrl()).signIn(name("desk-ben"), token).location()).endsWith("/sign-in?failed");
        server.clock().advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(new ConsoleSession(server.baseUrl()).signIn(name("desk-ben"), token).redirectsTo("/console")).isTrue();
        assertThat(server.jdbc().queryForList("SELECT details FROM audit_log WHERE action = 'console.sign-in' AND actor = ? "
                + "AND outcome = 'refused' ORDER BY seq", String.class, name("desk-ben")))
                .hasSize(6).last().isEqualTo("blocked after failed sign-ins");
    }

    @Test
    void unknownAccountsAndGatewaysAreRefusedAlike() {
        String gateway = newAccount("pbx-carl", "gateway");
        Page unknown = new ConsoleSession(server.baseUrl()).signIn(name("nobody"), "whatever it may be");
        Page pbx = new ConsoleSession(server.baseUrl()).signIn(name("pbx-carl"), gateway);
        assertThat(unknown.location()).endsWith("/sign-in?failed");
        assertThat(pbx.location()).endsWith("/sign-in?failed");
        Page page = new ConsoleSession(server.baseUrl()).get("/sign-in?failed");
        assertThat(page.textOf("sign-in-error").orElseThrow()).startsWith("The account name or password is not right");
    }

    @Test
    void aFormWithoutTheSessionsCsrfTokenChangesNothing() {
        String token = newAccount("desk-dora", "helpdesk");
        ConsoleSession session = ConsoleSession.signedIn(server, name("desk-dora"), token);
        Page forged = session.postExactly("/console/account/password", Map.of("password", PASSWORD, "repeated", PASSWORD));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.html()).contains("was not sent from a page of this session");
        assertThat(server.jdbc().queryForObject("SELECT password_hash FROM accounts WHERE name = ?", String.class,
                name("desk-dora"))).isNull();
    }

    @Test
    void signingOutEndsTheSessionAndPagesAskToSignInAgain() {
        ConsoleSession session = ConsoleSession.signedIn(server, "admin", KeypadServer.ADMIN_TOKEN);
        ConsoleSession keptCookie = session.withSameCookie();
        assertThat(keptCookie.get("/console/account").status()).isEqualTo(200);
        Page out = session.post("/sign-out", Map.of());
        assertThat(out.location()).endsWith("/sign-in?signed-out");
        Page after = keptCookie.get("/console/account");
        assertThat(after.redirectsTo("/sign-in")).as(after.toString()).isTrue();
        assertThat(after.location()).as("a session that ended is told so").endsWith("?expired");
        assertThat(new ConsoleSession(server.baseUrl()).get("/console/users").location()).endsWith("/sign-in");
    }

    @Test
    void aRemovedAccountsOpenSessionEndsAtItsNextRequest() {
        String token = newAccount("desk-erin", "helpdesk");
        ConsoleSession session = ConsoleSession.signedIn(server, name("desk-erin"), token);
        assertThat(session.get("/console/users").status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/accounts/" + name("desk-erin")).status()).isEqualTo(204);
        Page after = session.get("/console/users");
        assertThat(after.location()).as(after.toString()).endsWith("/sign-in?expired");
        assertThat(session.get("/console/account").location()).endsWith("/sign-in");
    }

    @Test
    void pagesCarryStrictSecurityHeadersAndASecureSessionCookie() throws Exception {
        HttpResponse<String> signInPage = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sign-in")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signInPage.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'", "form-action 'self'")
                .doesNotContain("unsafe-inline"));
        assertThat(signInPage.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(signInPage.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(signInPage.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(signInPage.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(signInPage.body()).doesNotContain("<script>").doesNotContain("style=\"");

        HttpResponse<String> signedIn = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "KEYPAD_SESSION=" + sessionOfSignInPage())
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + KeypadServer.ADMIN_TOKEN + "&_csrf=" + lastCsrf))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("KEYPAD_SESSION=").contains("Secure", "HttpOnly", "SameSite=Strict"));
    }

    @Test
    void aBrokenAddressGetsThePlainErrorPageWithoutInnards() {
        ConsoleSession session = ConsoleSession.signedIn(server, "admin", KeypadServer.ADMIN_TOKEN);
        Page broken = session.get("/console/mails/not-a-number");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.html()).contains("Something went wrong", "/assets/keypad.css")
                .doesNotContain("Exception").doesNotContain("at dev.keypad");
    }

    private String lastCsrf;

    private String sessionOfSignInPage() {
        ConsoleSession session = new ConsoleSession(server.baseUrl());
        Page page = session.get("/sign-in");
        lastCsrf = page.html().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        return session.cookie();
    }
}
