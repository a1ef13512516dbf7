package dev.keypad.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.keypad.testing.ConsoleSession;
import dev.keypad.testing.ConsoleSession.Page;
import dev.keypad.testing.KeypadServer;
import dev.keypad.testing.OnBothDatabases;
import dev.keypad.testing.Users;

/** Bulk PIN actions in the console: a preview that changes nothing, then the run (issue 7). */
class ConsoleBulkIT extends OnBothDatabases {

    private static final String DOMAIN = "bulk-console.test";

    private String userIn(String name, String ou) {
        return Users.aUser(name, DOMAIN).withDn("CN=" + name + ",OU=" + ou + ",DC=bulk-console,DC=test").addTo(server);
    }

    private static String ou(String ou) {
        return "OU=" + ou + ",DC=bulk-console,DC=test";
    }

    private void lock(String... identities) {
        assertThat(api.post("/api/v1/pins/lock", Map.of("purpose", "phone", "identities", List.of(identities))).status()).isEqualTo(200);
    }

    private List<String> lockedIn(String ou) {
        List<String> locked = new java.util.ArrayList<>();
        api.get("/api/v1/pins", Map.of("purpose", "phone", "ou", ou(ou))).json().get("items").forEach(item -> {
            if (item.get("isLockedOut").asBoolean()) {
                locked.add(item.get("identity").asString());
            }
        });
        return locked;
    }

    private long auditRowsAbout(String ou) {
        return server.jdbc().queryForObject("SELECT COUNT(*) FROM audit_log WHERE target LIKE ?", Long.class,
                "%" + ou.toLowerCase() + "%@" + DOMAIN);
    }

    private ConsoleSession admin() {
        return ConsoleSession.signedIn(server, "admin", KeypadServer.ADMIN_TOKEN);
    }

    private static Map<String, String> unlockLockedIn(String ou) {
        return new HashMap<>(Map.of("purpose", "phone", "identities", "", "ou", ou(ou), "where", "locked", "action", "unlock",
                "mail", "default"));
    }

    @Test
    void previewOfAnUnlockListsTheLockedUsersAndChangesNothingThenTheRunUnlocksThem() {
        String ann = userIn("previewann", "Preview");
        String bob = userIn("previewbob", "Preview");
        String cid = userIn("previewcid", "Preview");
        lock(ann, bob);
        long auditRows = auditRowsAbout("preview");
        ConsoleSession session = admin();

        Page preview = session.post("/console/bulk/preview", unlockLockedIn("Preview"));
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.textOf("preview-summary").orElseThrow()).startsWith("2 targets: 2 would change");
        assertThat(preview.html()).contains(ann, bob).doesNotContain(cid).contains("Run it");
        assertThat(lockedIn("Preview")).containsExactlyInAnyOrder(ann, bob);
        assertThat(auditRowsAbout("preview")).isEqualTo(auditRows);

        lock(cid); // the directory moves on between preview and run
        Map<String, String> run = unlockLockedIn("Preview");
        run.put("previewCount", "2");
        Page result = session.post("/console/bulk/run", run);
        assertThat(result.textOf("result-summary").orElseThrow()).as(result.toString()).startsWith("3 targets: 3 changed");
        assertThat(result.textOf("count-changed").orElseThrow()).contains("The preview found 2 targets, the run found 3");
        assertThat(lockedIn("Preview")).isEmpty();
        assertThat(server.jdbc().queryForList("SELECT target, actor FROM audit_log WHERE action = 'pin.unlock' AND target IN (?, ?, ?)",
                ann, bob, cid)).extracting(row -> row.get("target") + " by " + row.get("actor"))
                .containsExactlyInAnyOrder(ann + " by admin", bob + " by admin", cid + " by admin");
    }

    @Test
    void resetWithGeneratedPinsShowsEachPinOnceAndTheyWorkForPhoneSignIn() {
        String dan = userIn("resetdan", "Reset");
        String eve = userIn("reseteve", "Reset");
        Map<String, String> reset = Map.of("purpose", "phone", "ou", ou("Reset"), "action", "reset", "mail", "do-not-send");
        ConsoleSession session = admin();

        Page preview = session.post("/console/bulk/preview", reset);
        assertThat(preview.html()).contains("would generate a PIN of 5 digits").doesNotContain("id=\"pin-");

        Page result = session.post("/console/bulk/run", reset);
        assertThat(result.textOf("result-summary").orElseThrow()).as(result.toString()).startsWith("2 targets: 2 changed");
        assertThat(result.textOf("pins-shown-once").orElseThrow()).contains("Keypad cannot show them again");
        for (String user : List.of(dan, eve)) {
            String pin = result.textOf("pin-" + user).orElseThrow();
            assertThat(pin).matches("\\d{5}");
            assertThat(result.html().split(pin, -1)).as("the PIN appears once").hasSize(2);
            assertThat(api.post("/api/v1/phone/sign-in", Map.of("purpose", "phone", "identity", user, "pin", pin))
                    .json().get("outcome").asString()).as("must-change was not ticked").isEqualTo("accepted");
        }
        assertThat(result.html()).contains("not-sent");
    }

    @Test
    void resetWithAlsoUnlockClearsAnAdministratorsLockAndThePreviewSaysSo() {
        String gil = userIn("unlockgil", "AlsoUnlock");
        lock(gil);
        ConsoleSession session = admin();
        Map<String, String> reset = new HashMap<>(Map.of("purpose", "phone", "ou", ou("AlsoUnlock"), "action", "reset",
                "mail", "do-not-send"));

        Page keepLocked = session.post("/console/bulk/preview", reset);
        assertThat(keepLocked.textOf("preview-choices").orElseThrow()).as(keepLocked.toString()).endsWith("stay locked.");
        session.post("/console/bulk/run", reset);
        assertThat(lockedIn("AlsoUnlock")).as("an unticked box leaves the lock").containsExactly(gil);

        reset.put("unlock", "true");
        Page preview = session.post("/console/bulk/preview", reset);
        assertThat(preview.textOf("preview-choices").orElseThrow()).endsWith("are unlocked too.");
        assertThat(preview.html()).contains("<input type=\"hidden\" name=\"unlock\" value=\"true\">");
        assertThat(lockedIn("AlsoUnlock")).containsExactly(gil);

        Page result = session.post("/console/bulk/run", reset);
        assertThat(result.textOf("result-summary").orElseThrow()).as(result.toString()).startsWith("1 targets: 1 changed");
        assertThat(lockedIn("AlsoUnlock")).isEmpty();
        String pin = result.textOf("pin-" + gil).orElseThrow();
        assertThat(api.post("/api/v1/phone/sign-in", Map.of("purpose", "phone", "identity", gil, "pin", pin))
                .json().get("outcome").asString()).isEqualTo("accepted");
    }

    @Test
    void anUnknownIdentityInTheListIsReportedByName() {
        String fay = userIn("listfay", "List");
        String nobody = "sip:nobody@" + DOMAIN;
        Page preview = admin().post("/console/bulk/preview", Map.of("purpose", "phone", "identities", fay + "\r\n\r\n" + nobody + "\r\n",
                "action", "lock", "mail", "default"));
        assertThat(preview.textOf("preview-summary").orElseThrow()).as(preview.toString())
                .isEqualTo("2 targets: 1 would change, 0 would stay as they are, 1 failed.");
        assertThat(preview.html()).containsPattern("id=\"failures\"[\\s\\S]*" + nobody);
        assertThat(lockedIn("List")).isEmpty();
    }

    @Test
    void mistakesInTheFormAreShownNextToTheirFieldAndChangeNothing() {
        ConsoleSession session = admin();
        Map<String, String> noPurpose = unlockLockedIn("Mistakes");
        noPurpose.put("purpose", "");
        assertThat(session.post("/console/bulk/preview", noPurpose).textOf("purpose-error").orElseThrow()).startsWith("purpose is required");

        Page noTargets = session.post("/console/bulk/run", Map.of("purpose", "phone", "action", "unlock", "mail", "default"));
        assertThat(noTargets.textOf("identities-error").orElseThrow()).startsWith("Name the users");

        Map<String, String> both = unlockLockedIn("Mistakes");
        both.put("identities", "sip:someone@" + DOMAIN);
        assertThat(session.post("/console/bulk/preview", both).textOf("identities-error").orElseThrow()).contains("not both");

        Map<String, String> badFilter = unlockLockedIn("Mistakes");
        badFilter.put("ldapFilter", "(title=Manager");
        Page page = session.post("/console/bulk/run", badFilter);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.textOf("ldapFilter-error").orElseThrow()).startsWith("LDAP filter:");
        assertThat(page.html()).contains("aria-describedby=\"ldapFilter-error\"").contains("value=\"(title=Manager\"")
                .doesNotContain("Bulk action done");
    }

    @Test
    void auditorsMayNeitherPreviewNorRun() {
        String token = api.post("/api/v1/accounts", Map.of("name", "bulk-console-auditor", "role", "auditor")).json().get("token").asString();
        ConsoleSession auditor = ConsoleSession.signedIn(server, "bulk-console-auditor", token);
        assertThat(auditor.get("/console/bulk").status()).isEqualTo(403);
        assertThat(auditor.post("/console/bulk/preview", unlockLockedIn("Auditor")).status()).isEqualTo(403);
        assertThat(auditor.post("/console/bulk/run", unlockLockedIn("Auditor")).status()).isEqualTo(403);
    }
}
