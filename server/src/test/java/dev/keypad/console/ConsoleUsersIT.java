package dev.keypad.console;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.keypad.testing.Api;
import dev.keypad.testing.ConsoleSession;
import dev.keypad.testing.ConsoleSession.Page;
import dev.keypad.testing.KeypadServer;
import dev.keypad.testing.OnBothDatabases;

/** The users pages of the console (issue 7): finding users, PIN status and actions, conferencing, roles. */
class ConsoleUsersIT extends OnBothDatabases {

    private static final String DOMAIN = "users-console.test";
    private static final Pattern SIP_CELLS = Pattern.compile("<td>(sip:[^<]+)</td>");
    private static final Pattern NEXT_PAGE = Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"");

    private ConsoleSession admin() {
        return ConsoleSession.signedIn(server, "admin", KeypadServer.ADMIN_TOKEN);
    }

    /** A console session of a new account of another role. */
    private ConsoleSession session(String name, String role) {
        String account = name + "-" + database.name().toLowerCase();
        String token = api.post("/api/v1/accounts", Map.of("name", account, "role", role)).json().get("token").asString();
        return ConsoleSession.signedIn(server, account, token);
    }

    private long add(String logon, String displayName, String... fields) {
        var user = aUser(logon, DOMAIN).withDisplayName(displayName);
        for (int i = 0; i < fields.length; i += 2) {
            user.with(fields[i], fields[i + 1]);
        }
        String sip = user.addTo(server);
        return server.jdbc().queryForObject("SELECT id FROM users WHERE sip_key = ?", Long.class, sip);
    }

    private static List<String> sipAddresses(Page page) {
        List<String> found = new ArrayList<>();
        Matcher cell = SIP_CELLS.matcher(page.html());
        while (cell.find()) {
            found.add(cell.group(1));
        }
        return found;
    }

    private String signIn(String logon, String pin) {
        Api.Response response = api.post("/api/v1/phone/sign-in",
                Map.of("purpose", "phone", "identity", "sip:" + logon + "@" + DOMAIN, "pin", pin));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("outcome").asString();
    }

    private void setPhonePin(String logon, String pin) {
        Api.Response response = api.post("/api/v1/pins/set", Map.of("purpose", "phone", "identities",
                List.of("sip:" + logon + "@" + DOMAIN), "pin", pin, "mustChange", false, "sendEmail", false));
        assertThat(response.json().get("changed").asInt()).as(response.toString()).isEqualTo(1);
    }

    @Test
    void wildcardSearchFindsTheMatchingDisplayNamesAndNoOthers() {
        add("zelda.quorn", "Zelda Quorn");
        add("zelma.quorn", "Zelma Quorn");
        add("abel.quorn", "Abel Quorn");
        ConsoleSession session = admin();

        Page zel = session.get("/console/users?search=zel*");
        assertThat(zel.status()).isEqualTo(200);
        assertThat(sipAddresses(zel)).containsExactly("sip:zelda.quorn@" + DOMAIN, "sip:zelma.quorn@" + DOMAIN);
        assertThat(zel.html()).contains("<caption>", "scope=\"col\"", "value=\"zel*\"");

        Page bySip = session.get("/console/users?search=ABEL.quorn@" + DOMAIN);
        assertThat(sipAddresses(bySip)).containsExactly("sip:abel.quorn@" + DOMAIN);
        Page nobody = session.get("/console/users?search=Quentin+Nobody");
        assertThat(nobody.textOf("no-users")).hasValue("No users match.");
    }

    @Test
    void selectsByOuSiteAndLdapFilter() {
        add("olga.sel", "Olga Selection", "distinguishedName", "CN=Olga Selection,OU=Finance,OU=Sel,DC=users-console,DC=test",
                "site", "SelNorth", "department", "Selected");
        add("otto.sel", "Otto Selection", "distinguishedName", "CN=Otto Selection,OU=Sel,DC=users-console,DC=test",
                "site", "SelSouth", "department", "Selected");
        add("oskar.sel", "Oskar Selection", "distinguishedName", "CN=Oskar Selection,OU=Sel2,DC=users-console,DC=test",
                "site", "SelNorth", "department", "Other");
        ConsoleSession session = admin();

        assertThat(sipAddresses(session.get("/console/users?ou=OU%3DSel%2CDC%3Dusers-console%2CDC%3Dtest")))
                .containsExactly("sip:olga.sel@" + DOMAIN, "sip:otto.sel@" + DOMAIN);
        assertThat(sipAddresses(session.get("/console/users?site=selnorth")))
                .containsExactly("sip:olga.sel@" + DOMAIN, "sip:oskar.sel@" + DOMAIN);
        assertThat(sipAddresses(session.get("/console/users?ldapFilter=%28%26%28department%3DSelected%29%28l%3D*%29%29")))
                .isEmpty();
        assertThat(sipAddresses(session.get("/console/users?ldapFilter=%28department%3DSelected%29&site=SelSouth")))
                .containsExactly("sip:otto.sel@" + DOMAIN);
        assertThat(sipAddresses(session.get("/console/users?search=O*+Selection&site=SelNorth")))
                .containsExactly("sip:olga.sel@" + DOMAIN, "sip:oskar.sel@" + DOMAIN);
    }

    @Test
    void pagesFollowTheCursorWithoutRepeatsAndWithoutEnd() {
        for (String name : List.of("pa", "pb", "pc", "pd", "pe")) {
            add(name + ".pager", "Pager " + name, "site", "PagerSite");
        }
        ConsoleSession session = admin();
        List<String> seen = new ArrayList<>();
        String link = "/console/users?site=PagerSite&size=2";
        int pages = 0;
        while (link != null) {
            Page page = session.get(link);
            seen.addAll(sipAddresses(page));
            pages++;
            Matcher next = NEXT_PAGE.matcher(page.html());
            link = next.find() ? next.group(1).replace("&amp;", "&") : null;
            assertThat(link == null || link.contains("after=")).isTrue();
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("sip:pa.pager@" + DOMAIN, "sip:pb.pager@" + DOMAIN, "sip:pc.pager@" + DOMAIN,
                "sip:pd.pager@" + DOMAIN, "sip:pe.pager@" + DOMAIN);
    }

    @Test
    void badInputShowsItsErrorNextToTheFieldAndKeepsWhatWasTyped() {
        ConsoleSession session = admin();
        Page filter = session.get("/console/users?ldapFilter=%28title%3DManager");
        assertThat(filter.status()).isEqualTo(200);
        assertThat(filter.textOf("ldapFilter-error").orElseThrow()).contains("LDAP filter");
        assertThat(filter.html()).contains("value=\"(title=Manager\"").contains("aria-describedby=\"ldapFilter-error\"");

        Page size = session.get("/console/users?size=501");
        assertThat(size.textOf("size-error")).hasValue("Page size must be a whole number from 1 to 500");
        Page mixed = session.get("/console/users?search=sip%3Aanyone%40" + DOMAIN + "&site=SelNorth");
        assertThat(mixed.textOf("search-error").orElseThrow()).contains("cannot be narrowed");
    }

    @Test
    void theUserPageShowsThePinStatusOfEachPurposeAndUnknownIdsAreNotFound() {
        long id = add("sam.status", "Sam Status", "email", "sam.status@" + DOMAIN);
        setPhonePin("sam.status", "739164");
        Page page = admin().get("/console/users/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.textOf("sip-address")).hasValue("sip:sam.status@" + DOMAIN);
        assertThat(page.textOf("phone-set")).hasValue("Yes");
        assertThat(page.textOf("voicemail-set")).hasValue("No");
        assertThat(page.textOf("conference-set")).hasValue("No");
        assertThat(page.textOf("phone-locked")).hasValue("No");
        assertThat(page.html()).doesNotContain("739164");

        Page missing = admin().get("/console/users/987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.textOf("not-found")).hasValue("No user with id 987654321");
    }

    @Test
    void aGeneratedPinIsShownOnceWorksAndIsNeverShownAgain() {
        long id = add("gina.generated", "Gina Generated");
        ConsoleSession session = admin();
        session.get("/console/users/" + id);
        Page set = session.post("/console/users/" + id + "/pins/phone/set", Map.of("mode", "generate", "mail", "none"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        String pin = set.textOf("shown-once-value").orElseThrow();
        assertThat(pin).matches("[0-9]{5,}");
        assertThat(set.html()).contains("No mail was sent");
        assertThat(signIn("gina.generated", pin)).isEqualTo("accepted");

        Page again = session.get("/console/users/" + id);
        assertThat(again.html()).doesNotContain("shown-once").doesNotContainPattern("(?<![\\w-])" + pin + "(?![\\w-])");
        assertThat(again.textOf("phone-set")).hasValue("Yes");
        assertThat(server.jdbc().queryForList("SELECT details FROM audit_log WHERE action = 'pin.set' AND actor = 'admin' AND target = ?",
                String.class, "sip:gina.generated@" + DOMAIN)).singleElement().asString().doesNotContain(pin);
    }

    @Test
    void aTypedPinThatBreaksThePolicyIsRefusedNextToTheFieldAndChangesNothing() {
        long id = add("tom.typed", "Tom Typed");
        setPhonePin("tom.typed", "739164");
        ConsoleSession session = admin();
        session.get("/console/users/" + id);
        Page refused = session.post("/console/users/" + id + "/pins/phone/set", Map.of("mode", "type", "pin", "12345", "mail", "none"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.textOf("phone-pin-error").orElseThrow()).isNotBlank();
        assertThat(refused.html()).doesNotContain("12345").contains("aria-describedby=\"phone-pin-error\"");
        assertThat(signIn("tom.typed", "739164")).isEqualTo("accepted");

        Page typed = session.post("/console/users/" + id + "/pins/phone/set", Map.of("mode", "type", "pin", "482916", "mail", "none"));
        assertThat(typed.redirectsTo("/console/users/" + id)).as(typed.toString()).isTrue();
        assertThat(session.get("/console/users/" + id).html()).contains("The phone PIN of Tom Typed is set").doesNotContain("482916");
        assertThat(signIn("tom.typed", "482916")).isEqualTo("accepted");
    }

    @Test
    void lockingMakesTheRightPinFailUntilUnlocked() {
        long id = add("lena.lock", "Lena Lock");
        setPhonePin("lena.lock", "739164");
        ConsoleSession session = admin();
        session.get("/console/users/" + id);
        Page lock = session.post("/console/users/" + id + "/pins/phone/lock", Map.of());
        assertThat(lock.redirectsTo("/console/users/" + id)).as(lock.toString()).isTrue();
        Page locked = session.get("/console/users/" + id);
        assertThat(locked.html()).contains("The phone PIN of Lena Lock is locked");
        assertThat(locked.textOf("phone-locked").orElseThrow()).startsWith("Locked by an administrator");
        assertThat(signIn("lena.lock", "739164")).isEqualTo("locked");

        session.post("/console/users/" + id + "/pins/phone/unlock", Map.of());
        assertThat(session.get("/console/users/" + id).textOf("phone-locked")).hasValue("No");
        assertThat(signIn("lena.lock", "739164")).isEqualTo("accepted");
    }

    @Test
    void administratorsEnableConferencingAndSeeTheLeaderPinOnce() {
        long id = add("carla.conf", "Carla Conference");
        ConsoleSession session = admin();
        assertThat(session.get("/console/users/" + id).textOf("conferencing-enabled")).hasValue("No");
        Page enabled = session.post("/console/users/" + id + "/conferencing/enable", Map.of());
        assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
        String leaderPin = enabled.textOf("shown-once-value").orElseThrow();
        String conferenceId = enabled.textOf("conference-id").orElseThrow();
        assertThat(leaderPin).matches("[0-9]{4,12}");
        assertThat(enabled.html()).contains("href=\"/console/meetings/" + conferenceId + "\"");

        Page later = session.get("/console/users/" + id);
        assertThat(later.textOf("leader-pin")).hasValue("*****");
        assertThat(later.html()).doesNotContain("shown-once");
        Page pstn = session.post("/console/users/" + id + "/conferencing/allow-pstn-only", Map.of());
        assertThat(pstn.redirectsTo("/console/users/" + id)).isTrue();
        assertThat(session.get("/console/users/" + id).textOf("pstn-only").orElseThrow()).startsWith("Allowed");
        assertThat(server.jdbc().queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'conferencing.enable' AND actor = 'admin'"
                + " AND target = ?", Long.class, "sip:carla.conf@" + DOMAIN)).isEqualTo(1);
    }

    @Test
    void anAdministratorGrantsATagPolicyFromTheUserPageAndItAppliesAtOnce() {
        String site = "UsersConsoleGrantSite";
        long id = add("gus.grant", "Gus Grant", "site", site);
        assertThat(api.put("/api/v1/policies/phone/site:" + site, Map.of("minLength", 6)).status()).isEqualTo(200);
        assertThat(api.put("/api/v1/policies/phone/tag:users-console-eight", Map.of("minLength", 8, "generatedLength", 8))
                .status()).isEqualTo(200);
        ConsoleSession session = admin();
        Page before = session.get("/console/users/" + id);
        assertThat(before.textOf("phone-policy")).hasValue("site:" + site + " (by site)");
        assertThat(before.html()).contains("<option value=\"\" selected=\"selected\">site:" + site + " (no grant)</option>")
                .contains("<option value=\"tag:users-console-eight\">tag:users-console-eight</option>");

        Page granted = session.post("/console/users/" + id + "/policies/phone", Map.of("policy", "tag:users-console-eight"));
        assertThat(granted.redirectsTo("/console/users/" + id)).as(granted.toString()).isTrue();
        Page after = session.get("/console/users/" + id);
        assertThat(after.html()).contains("The phone policy of Gus Grant is tag:users-console-eight (granted) now");
        assertThat(after.textOf("phone-policy")).hasValue("tag:users-console-eight (granted)");
        assertThat(after.textOf("voicemail-policy")).hasValue("global");
        assertThat(api.get("/api/v1/pins", Map.of("purpose", "phone", "identity", "sip:gus.grant@" + DOMAIN)).json()
                .get("items").get(0).get("policy").asString()).isEqualTo("tag:users-console-eight");
        Page set = session.post("/console/users/" + id + "/pins/phone/set", Map.of("mode", "generate", "mail", "none"));
        assertThat(set.textOf("shown-once-value").orElseThrow()).as("the granted policy generates 8 digits").matches("[0-9]{8}");

        session.post("/console/users/" + id + "/policies/phone", Map.of("policy", ""));
        assertThat(session.get("/console/users/" + id).textOf("phone-policy")).hasValue("site:" + site + " (by site)");
        assertThat(server.jdbc().queryForList("SELECT details FROM audit_log WHERE action = 'policy.grant' AND actor = 'admin'"
                + " AND target = ? ORDER BY seq", String.class, "sip:gus.grant@" + DOMAIN))
                .containsExactly("phone tag:users-console-eight", "phone grant taken away");
    }

    @Test
    void helpDeskSetsAndLocksPinsButMayNotTouchConferencing() {
        long id = add("hugo.desk", "Hugo Desk");
        ConsoleSession desk = session("desk-users", "helpdesk");
        Page page = desk.get("/console/users/" + id);
        assertThat(page.html()).contains("Set phone PIN").doesNotContain("conferencing-actions").doesNotContain("/conferencing/enable")
                .doesNotContain("phone-policy-choice");

        Page set = desk.post("/console/users/" + id + "/pins/voicemail/set", Map.of("mode", "generate", "mail", "none"));
        assertThat(set.textOf("shown-once-value").orElseThrow()).matches("[0-9]+");
        assertThat(desk.post("/console/users/" + id + "/pins/voicemail/lock", Map.of()).redirectsTo("/console/users/" + id)).isTrue();
        assertThat(desk.post("/console/users/" + id + "/conferencing/enable", Map.of()).status()).isEqualTo(403);
        assertThat(desk.post("/console/users/" + id + "/policies/phone", Map.of("policy", "")).status()).isEqualTo(403);
        assertThat(server.jdbc().queryForList("SELECT action FROM audit_log WHERE actor = ? AND target = ? ORDER BY seq", String.class,
                "desk-users-" + database.name().toLowerCase(), "sip:hugo.desk@" + DOMAIN)).containsExactly("pin.set", "pin.lock");
        assertThat(server.jdbc().queryForObject("SELECT COUNT(*) FROM conferencing_users WHERE user_id = ?", Long.class, id)).isZero();
    }

    @Test
    void auditorsSeeTheStatusButNoFormsAndCannotChangeAnything() {
        long id = add("ada.audit", "Ada Audit");
        setPhonePin("ada.audit", "739164");
        ConsoleSession auditor = session("auditor-users", "auditor");
        Page page = auditor.get("/console/users/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.textOf("phone-set")).hasValue("Yes");
        assertThat(page.html()).doesNotContain("/pins/phone/set").doesNotContain("/pins/phone/lock").doesNotContain("<form method=\"post\"")
                .doesNotContain("/policies/phone").doesNotContain("phone-policy-choice");
        assertThat(page.textOf("phone-policy")).as("the effective policy, read-only").hasValue("global");
        assertThat(auditor.post("/console/users/" + id + "/pins/phone/set", Map.of("mode", "generate")).status()).isEqualTo(403);
        assertThat(auditor.post("/console/users/" + id + "/pins/phone/lock", Map.of()).status()).isEqualTo(403);
        assertThat(auditor.post("/console/users/" + id + "/policies/phone", Map.of("policy", "")).status()).isEqualTo(403);
        assertThat(signIn("ada.audit", "739164")).isEqualTo("accepted");
    }
}
