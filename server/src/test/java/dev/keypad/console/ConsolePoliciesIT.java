package dev.keypad.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.keypad.testing.ConsoleSession;
import dev.keypad.testing.ConsoleSession.Page;
import dev.keypad.testing.KeypadServer;
import dev.keypad.testing.OnBothDatabases;
import dev.keypad.testing.Users;

/** PIN policies in the console: administrators edit, add and remove them, everyone else reads (issue 7). */
class ConsolePoliciesIT extends OnBothDatabases {

    private static final String DOMAIN = "policies-console.test";

    private ConsoleSession admin() {
        return ConsoleSession.signedIn(server, "admin", KeypadServer.ADMIN_TOKEN);
    }

    private void tagPolicy(String purpose, String tag, Map<String, Object> fields) {
        assertThat(api.put("/api/v1/policies/" + purpose + "/tag:" + tag, fields).status()).isEqualTo(200);
    }

    private int stored(String purpose, String tag, String field) {
        return api.get("/api/v1/policies/" + purpose + "/tag:" + tag).json().get(field).asInt();
    }

    /** The scope of the policy that applies to a user's PINs of a purpose, as the API reports it. */
    private String applying(String purpose, String identity) {
        return api.get("/api/v1/pins", Map.of("purpose", purpose, "identity", identity)).json().get("items").get(0)
                .get("policy").asString();
    }

    private static Map<String, String> phoneSettings(String minLength, String generatedLength) {
        return new HashMap<>(Map.of("minLength", minLength, "generatedLength", generatedLength, "historyCount", "0",
                "lifetimeDays", "0", "maximumLogonAttempts", "auto"));
    }

    @Test
    void anAdministratorEditsATagPolicy() {
        tagPolicy("phone", "bulk-console-edit", Map.of("minLength", 6));
        ConsoleSession session = admin();
        Page page = session.get("/console/policies");
        assertThat(page.html()).contains("href=\"/console/policies/phone/tag:bulk-console-edit\"");
        assertThat(session.get("/console/policies/phone/tag:bulk-console-edit").html()).contains("value=\"6\"").contains(">Save<");

        Map<String, String> settings = phoneSettings("8", "9");
        settings.put("maximumLogonAttempts", "12");
        settings.put("allowCommonPatterns", "true");
        Page saved = session.post("/console/policies/phone/tag:bulk-console-edit", settings);
        assertThat(saved.redirectsTo("/console/policies/phone/tag:bulk-console-edit")).as(saved.toString()).isTrue();
        assertThat(stored("phone", "bulk-console-edit", "minLength")).isEqualTo(8);
        assertThat(stored("phone", "bulk-console-edit", "generatedLength")).isEqualTo(9);
        assertThat(stored("phone", "bulk-console-edit", "maximumLogonAttempts")).isEqualTo(12);
        assertThat(api.get("/api/v1/policies/phone/tag:bulk-console-edit").json().get("allowCommonPatterns").asBoolean()).isTrue();
        assertThat(server.jdbc().queryForList("SELECT actor FROM audit_log WHERE action = 'policy.set' AND target = ?",
                String.class, "phone tag:bulk-console-edit")).containsExactly("admin");
    }

    @Test
    void aWrongValueIsShownNextToItsFieldAsTypedAndNothingIsStored() {
        tagPolicy("phone", "bulk-console-wrong", Map.of("minLength", 6));
        ConsoleSession session = admin();

        Page tooShort = session.post("/console/policies/phone/tag:bulk-console-wrong", phoneSettings("2", "6"));
        assertThat(tooShort.status()).isEqualTo(200);
        assertThat(tooShort.textOf("minLength-error").orElseThrow()).startsWith("Minimum length must be between 4 and 24");
        assertThat(tooShort.html()).contains("value=\"2\"").contains("aria-describedby=\"minLength-error\"").contains("aria-invalid=\"true\"");

        Page belowMinimum = session.post("/console/policies/phone/tag:bulk-console-wrong", phoneSettings("8", "6"));
        assertThat(belowMinimum.textOf("generatedLength-error").orElseThrow()).contains("between minimum length (8)");

        Map<String, String> notANumber = phoneSettings("8", "8");
        notANumber.put("historyCount", "three");
        Page words = session.post("/console/policies/phone/tag:bulk-console-wrong", notANumber);
        assertThat(words.textOf("historyCount-error").orElseThrow()).startsWith("Previous PINs remembered must be a whole number, was");
        assertThat(words.html()).contains("value=\"three\"");

        assertThat(stored("phone", "bulk-console-wrong", "minLength")).isEqualTo(6);
    }

    @Test
    void anAdministratorAddsATagPolicyAndRemovesIt() {
        ConsoleSession session = admin();
        Page form = session.get("/console/policies/new?purpose=voicemail");
        assertThat(form.html()).contains("Tag name").contains("Failures before the PIN is reset");

        Map<String, String> settings = new HashMap<>(Map.of("tag", "bulk-console-new", "minLength", "7", "generatedLength", "8",
                "historyCount", "3", "lifetimeDays", "30", "logonFailuresBeforePinReset", "4", "maxLogonAttempts", "9",
                "resetPinText", "Call the help desk on 4000.", "enabledText", ""));
        Page added = session.post("/console/policies?purpose=voicemail", settings);
        assertThat(added.redirectsTo("/console/policies/voicemail/tag:bulk-console-new")).as(added.toString()).isTrue();
        assertThat(stored("voicemail", "bulk-console-new", "maxLogonAttempts")).isEqualTo(9);
        assertThat(api.get("/api/v1/policies/voicemail/tag:bulk-console-new").json().get("resetPinText").asString())
                .isEqualTo("Call the help desk on 4000.");
        assertThat(session.post("/console/policies?purpose=voicemail", settings).textOf("tag-error").orElseThrow())
                .startsWith("There is already a voicemail policy tag:bulk-console-new");

        Page policy = session.get("/console/policies/voicemail/tag:bulk-console-new");
        assertThat(policy.html()).contains("data-confirm=\"Remove the voicemail policy tag:bulk-console-new?\"");
        Page removed = session.post("/console/policies/voicemail/tag:bulk-console-new/remove", Map.of());
        assertThat(removed.redirectsTo("/console/policies")).as(removed.toString()).isTrue();
        assertThat(api.get("/api/v1/policies/voicemail/tag:bulk-console-new").status()).isEqualTo(404);
        assertThat(session.get("/console/policies/voicemail/global").html()).contains("Reset to defaults");
    }

    @Test
    void theHelpDeskReadsPoliciesWithoutAFormAndMayNotChangeThem() {
        tagPolicy("conference", "bulk-console-read", Map.of("minLength", 6));
        String token = api.post("/api/v1/accounts", Map.of("name", "bulk-console-desk", "role", "helpdesk")).json().get("token").asString();
        ConsoleSession desk = ConsoleSession.signedIn(server, "bulk-console-desk", token);

        Page page = desk.get("/console/policies/conference/tag:bulk-console-read");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("id=\"settings\"").contains("<dd>6</dd>")
                .doesNotContain("<input type=\"text\"").doesNotContain(">Save<").doesNotContain("Remove policy");
        assertThat(desk.get("/console/policies").html()).doesNotContain("New conference tag policy");
        assertThat(desk.post("/console/policies/conference/tag:bulk-console-read", phoneSettings("8", "8")).status()).isEqualTo(403);
        assertThat(desk.post("/console/policies/conference/tag:bulk-console-read/remove", Map.of()).status()).isEqualTo(403);
        assertThat(desk.get("/console/policies/new?purpose=conference").status()).isEqualTo(403);
        assertThat(stored("conference", "bulk-console-read", "minLength")).isEqualTo(6);
    }

    @Test
    void anAdministratorGrantsATagPolicyToTheUsersListedOnItsPage() {
        tagPolicy("voicemail", "console-grant", Map.of("minLength", 8, "generatedLength", 8));
        String ida = Users.aUser("ida.grant", DOMAIN).withDisplayName("Ida Grant").addTo(server);
        String ivo = Users.aUser("ivo.grant", DOMAIN).withDisplayName("Ivo Grant").addTo(server);
        ConsoleSession session = admin();
        assertThat(session.get("/console/policies/voicemail/tag:console-grant").html()).contains("Grant to users")
                .contains("action=\"/console/policies/voicemail/tag:console-grant/grants\"");

        Page granted = session.post("/console/policies/voicemail/tag:console-grant/grants",
                Map.of("identities", ida + "\r\n\r\n  Ivo Grant  \r\n"));
        assertThat(granted.redirectsTo("/console/policies/voicemail/tag:console-grant")).as(granted.toString()).isTrue();
        assertThat(applying("voicemail", ida)).isEqualTo("tag:console-grant");
        assertThat(applying("voicemail", ivo)).isEqualTo("tag:console-grant");
        assertThat(applying("phone", ida)).as("grants are per purpose").isEqualTo("global");
        assertThat(session.get("/console/policies/voicemail/tag:console-grant").html())
                .contains("The voicemail policy tag:console-grant is granted to 2 users.");
        assertThat(server.jdbc().queryForList("SELECT target FROM audit_log WHERE action = 'policy.grant' AND actor = 'admin'"
                + " AND details = 'voicemail tag:console-grant'", String.class)).containsExactlyInAnyOrder(ida, ivo);

        session.post("/console/policies/voicemail/tag:console-grant/grants", Map.of("identities", ivo));
        assertThat(session.get("/console/policies/voicemail/tag:console-grant").html()).contains("1 of them had it already");
        assertThat(session.get("/console/policies/voicemail/global").html()).doesNotContain("Grant to users");
    }

    @Test
    void anUnknownIdentityIsNamedNextToTheFieldAndNothingIsGranted() {
        tagPolicy("phone", "console-grant-unknown", Map.of("minLength", 6));
        String known = Users.aUser("kim.known", DOMAIN).addTo(server);
        String nobody = "sip:nobody.here@" + DOMAIN;
        ConsoleSession session = admin();

        Page refused = session.post("/console/policies/phone/tag:console-grant-unknown/grants",
                Map.of("identities", known + "\n" + nobody + "\nNobody At All"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.textOf("grant-identities-error").orElseThrow())
                .isEqualTo("No user matches " + nobody + ", Nobody At All.");
        assertThat(refused.textOf("grant-errors").orElseThrow()).startsWith("Nothing was granted");
        assertThat(refused.html()).contains("aria-describedby=\"grant-identities-error\"").contains(known + "\n" + nobody);
        assertThat(applying("phone", known)).isEqualTo("global");
        assertThat(server.jdbc().queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'policy.grant' AND target = ?",
                Long.class, known)).isZero();

        Page empty = session.post("/console/policies/phone/tag:console-grant-unknown/grants", Map.of("identities", " \n "));
        assertThat(empty.textOf("grant-identities-error").orElseThrow()).startsWith("List the users to grant");
    }

    @Test
    void theHelpDeskMayNotGrantPolicies() {
        tagPolicy("phone", "console-grant-desk", Map.of("minLength", 6));
        String hal = Users.aUser("hal.desk", DOMAIN).addTo(server);
        String token = api.post("/api/v1/accounts", Map.of("name", "grant-console-desk", "role", "helpdesk")).json().get("token").asString();
        ConsoleSession desk = ConsoleSession.signedIn(server, "grant-console-desk", token);

        assertThat(desk.get("/console/policies/phone/tag:console-grant-desk").html()).doesNotContain("Grant to users")
                .doesNotContain("/grants\"");
        assertThat(desk.post("/console/policies/phone/tag:console-grant-desk/grants", Map.of("identities", hal)).status())
                .isEqualTo(403);
        assertThat(applying("phone", hal)).isEqualTo("global");
    }
}
