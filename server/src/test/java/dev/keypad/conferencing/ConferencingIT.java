package dev.keypad.conferencing;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.keypad.testing.Api;
import dev.keypad.testing.Mailbox;
import dev.keypad.testing.OwnServerWithMail;

/**
 * Users' audio conferencing (SPEC §6) through the API with a real SMTP server, on H2 and
 * PostgreSQL: enabling, the leader PIN and conference ID resets with their mails, PSTN-only
 * meetings and the tenant default, disabling, and bad input.
 */
class ConferencingIT extends OwnServerWithMail {

    private static final String DIAL_IN = "+1 425 555 0199 (Redmond)";

    @Override
    protected Map<String, Object> serverProperties() {
        return Map.of("keypad.conferencing.dial-in-numbers", DIAL_IN);
    }

    @Test
    void enablingGivesAConferenceIdAndALeaderPinShownOnceAndMailedWithTheDialInNumbers() {
        String sip = user("organizer");
        JsonNode enabled = post("enable", Map.of("identities", List.of(sip))).get("results").get(0);
        assertThat(enabled.get("outcome").asString()).isEqualTo("changed");
        String conferenceId = enabled.get("conferenceId").asString();
        String leaderPin = enabled.get("leaderPin").asString();
        assertThat(conferenceId).matches("[1-9][0-9]{6}");
        assertThat(leaderPin).matches("[0-9]{5}");

        JsonNode shown = show(sip);
        assertThat(shown.get("enabled").asBoolean()).isTrue();
        assertThat(shown.get("conferenceId").asString()).isEqualTo(conferenceId);
        assertThat(shown.get("leaderPin").asString()).isEqualTo("*****");
        assertThat(shown.get("allowPstnOnlyMeetings").asBoolean()).isFalse();
        assertThat(shown.toString()).doesNotContain(leaderPin);

        Mailbox.Received welcome = mailbox.await("organizer@litwareinc.com", 1).get(0);
        assertThat(welcome.kind()).isEqualTo("welcome");
        assertThat(welcome.text()).contains("PIN: " + leaderPin).contains(conferenceId).contains(DIAL_IN);
        assertThat(phone.signIn(sip, "conference", leaderPin)).isEqualTo("accepted-must-change");

        JsonNode twice = post("enable", Map.of("identities", List.of(sip, "sip:nobody@conf.test")));
        assertThat(twice.get("failed").asInt()).isEqualTo(2);
        assertThat(twice.get("results").get(0).get("problem").asString()).isEqualTo("conflict");
        assertThat(twice.get("results").get(1).get("problem").asString()).isEqualTo("not-found");
        assertThat(show(sip).get("conferenceId").asString()).as("unchanged by the second enable").isEqualTo(conferenceId);
        assertThat(api.get("/api/v1/audit", Map.of("target", sip)).body()).contains("conferencing.enable").doesNotContain(leaderPin);
    }

    @Test
    void resetsReplaceTheLeaderPinAndTheConferenceIdAndMailEachTheWaySpecSays() {
        String sip = user("resets");
        JsonNode enabled = post("enable", Map.of("identities", List.of(sip), "sendEmail", false)).get("results").get(0);
        String oldPin = enabled.get("leaderPin").asString();
        String oldId = enabled.get("conferenceId").asString();

        JsonNode pinReset = post("set", Map.of("identities", List.of(sip), "resetLeaderPin", true)).get("results").get(0);
        String newPin = pinReset.get("leaderPin").asString();
        assertThat(newPin).matches("[0-9]{5}");
        Mailbox.Received pinMail = mailbox.await("resets@litwareinc.com", 1).get(0);
        assertThat(pinMail.kind()).isEqualTo("pin-set");
        assertThat(pinMail.text()).contains("PIN: " + newPin).contains("conference ID: " + oldId).contains(DIAL_IN);
        assertThat(phone.signIn(sip, "conference", newPin)).isEqualTo("accepted-must-change");

        JsonNode idReset = post("set", Map.of("identities", List.of(sip), "resetConferenceId", true)).get("results").get(0);
        String newId = idReset.get("conferenceId").asString();
        assertThat(newId).matches("[1-9][0-9]{6}").isNotEqualTo(oldId);
        assertThat(idReset.get("leaderPin").isNull()).isTrue();
        assertThat(show(sip).get("conferenceId").asString()).isEqualTo(newId);
        Mailbox.Received idMail = mailbox.await("resets@litwareinc.com", 2).get(1);
        assertThat(idMail.kind()).isEqualTo("conference-id-changed");
        assertThat(idMail.text()).contains(newId).contains(oldId).doesNotContain(newPin).doesNotContain(oldPin);

        JsonNode info = post("set", Map.of("identities", List.of(sip), "sendEmail", true)).get("results").get(0);
        assertThat(info.get("detail").asString()).isEqualTo("conference information mailed");
        Mailbox.Received infoMail = mailbox.await("resets@litwareinc.com", 3).get(2);
        assertThat(infoMail.kind()).isEqualTo("conference-info");
        assertThat(infoMail.text()).contains(newId).contains(DIAL_IN).doesNotContain(newPin);
    }

    @Test
    void pstnOnlyMeetingsAreSetPerUserAndTheTenantDefaultOnlyReachesUsersEnabledAfterIt() {
        String before = user("pstnbefore");
        post("enable", Map.of("identities", List.of(before), "sendEmail", false));
        api.patch("/api/v1/tenant-settings", Map.of("allowPstnOnlyMeetingsByDefault", true));
        try {
            String after = user("pstnafter");
            post("enable", Map.of("identities", List.of(after), "sendEmail", false));
            assertThat(show(after).get("allowPstnOnlyMeetings").asBoolean()).isTrue();
            assertThat(show(before).get("allowPstnOnlyMeetings").asBoolean()).as("enabled before the change").isFalse();
        } finally {
            api.patch("/api/v1/tenant-settings", Map.of("allowPstnOnlyMeetingsByDefault", false));
        }
        post("set", Map.of("identities", List.of(before), "allowPstnOnlyMeetings", true));
        assertThat(show(before).get("allowPstnOnlyMeetings").asBoolean()).isTrue();
        JsonNode again = post("set", Map.of("identities", List.of(before), "allowPstnOnlyMeetings", true));
        assertThat(again.get("unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void disablingFreesTheIdAndMailsAndAnythingButEnableIsRefusedForADisabledUser() {
        String sip = user("leaving");
        post("enable", Map.of("identities", List.of(sip), "sendEmail", false));
        JsonNode whatIf = post("disable", Map.of("identities", List.of(sip), "whatIf", true));
        assertThat(whatIf.get("results").get(0).get("outcome").asString()).isEqualTo("would-change");
        assertThat(show(sip).get("enabled").asBoolean()).as("what-if changes nothing").isTrue();

        JsonNode disabled = post("disable", Map.of("identities", List.of(sip))).get("results").get(0);
        assertThat(disabled.get("outcome").asString()).isEqualTo("changed");
        assertThat(show(sip).get("enabled").asBoolean()).isFalse();
        assertThat(mailbox.await("leaving@litwareinc.com", 1).get(0).kind()).isEqualTo("conferencing-disabled");

        JsonNode reset = post("set", Map.of("identities", List.of(sip), "resetLeaderPin", true)).get("results").get(0);
        assertThat(reset.get("outcome").asString()).isEqualTo("failed");
        assertThat(reset.get("problem").asString()).isEqualTo("invalid-input");
        assertThat(reset.get("detail").asString()).contains("not enabled");
        assertThat(post("disable", Map.of("identities", List.of(sip))).get("failed").asInt()).isEqualTo(1);

        Api.Response nothing = api.post("/api/v1/conferencing/users/set", Map.of("identities", List.of(sip)));
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.json().get("detail").asString()).contains("nothing to change");
        assertThat(api.post("/api/v1/conferencing/users/enable", Map.of("identities", List.of(sip), "emailTo", "nope")).status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/conferencing/users/enable", Map.of()).status()).isEqualTo(400);
        assertThat(show(sip).get("enabled").asBoolean()).as("bad input changes nothing").isFalse();
    }

    private String user(String name) {
        return aUser(name, "conf.test").withDisplayName(name).with("email", name + "@litwareinc.com").addTo(server);
    }

    private JsonNode post(String verb, Map<String, Object> body) {
        Api.Response response = api.post("/api/v1/conferencing/users/" + verb, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode show(String sip) {
        return api.get("/api/v1/conferencing/users", Map.of("identity", sip)).json().get("items").get(0);
    }
}
