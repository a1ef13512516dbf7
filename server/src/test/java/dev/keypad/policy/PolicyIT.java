package dev.keypad.policy;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.keypad.testing.Api;
import dev.keypad.testing.OnBothDatabases;
import dev.keypad.testing.Phone;

/** Scoped policies, grants and effective-policy resolution (SPEC §3) through the API. */
class PolicyIT extends OnBothDatabases {

    private static final String DOMAIN = "policy.test";


    @Test
    void globalPoliciesExistWithTheSpecDefaults() {
        JsonNode voicemail = api.get("/api/v1/policies/voicemail/global").json();
        assertThat(voicemail.get("minLength").asInt()).isEqualTo(6);
        assertThat(voicemail.get("historyCount").asInt()).isEqualTo(5);
        assertThat(voicemail.get("lifetimeDays").asInt()).isEqualTo(60);
        assertThat(voicemail.get("logonFailuresBeforePinReset").asInt()).isEqualTo(5);
        assertThat(voicemail.get("maxLogonAttempts").asInt()).isEqualTo(15);
        JsonNode phone = api.get("/api/v1/policies/phone/global").json();
        assertThat(phone.get("minLength").asInt()).isEqualTo(5);
        assertThat(phone.get("maximumLogonAttempts").isNull()).as("auto").isTrue();
        assertThat(api.get("/api/v1/policies/conference/global").json().get("generatedLength").asInt()).isEqualTo(5);
    }

    @Test
    void tagBeatsSiteBeatsGlobal() {
        String sip = aUser("layers", DOMAIN).with("site", "PolicySite").addTo(server);
        Phone phone = new Phone(api);
        assertThat(phone.info(sip, "phone").get("policy").asString()).isEqualTo("global");
        api.put("/api/v1/policies/phone/site:PolicySite", Map.of("minLength", 7));
        assertThat(phone.info(sip, "phone").get("policy").asString()).isEqualTo("site:PolicySite");
        api.put("/api/v1/policies/phone/tag:PolicyVip", Map.of("minLength", 8, "maximumLogonAttempts", 3));
        JsonNode granted = api.post("/api/v1/policies/phone/grants", Map.of("identities", List.of(sip), "policy", "PolicyVip")).json();
        assertThat(granted.get("results").get(0).get("outcome").asString()).isEqualTo("changed");
        assertThat(phone.info(sip, "phone").get("policy").asString()).isEqualTo("tag:PolicyVip");
        assertThat(phone.generatePin(sip, "phone")).hasSize(8);

        api.post("/api/v1/policies/phone/grants", java.util.Collections.singletonMap("identities", List.of(sip)));
        assertThat(phone.info(sip, "phone").get("policy").asString()).isEqualTo("site:PolicySite");
        assertThat(api.delete("/api/v1/policies/phone/site:PolicySite").status()).isEqualTo(204);
        assertThat(phone.info(sip, "phone").get("policy").asString()).isEqualTo("global");
        assertThat(api.delete("/api/v1/policies/phone/site:PolicySite").status()).isEqualTo(404);
        api.delete("/api/v1/policies/phone/tag:PolicyVip");
    }

    @Test
    void removingTheGlobalPolicyResetsItToTheDefaults() {
        api.put("/api/v1/policies/conference/global", Map.of("minLength", 6));
        assertThat(api.get("/api/v1/policies/conference/global").json().get("minLength").asInt()).isEqualTo(6);
        assertThat(api.delete("/api/v1/policies/conference/global").status()).isEqualTo(204);
        JsonNode reset = api.get("/api/v1/policies/conference/global").json();
        assertThat(reset.get("minLength").asInt()).isEqualTo(4);
        assertThat(reset.get("generatedLength").asInt()).isEqualTo(5);
    }

    @Test
    void outOfRangeValuesAndBrokenRulesNameTheFieldAndChangeNothing() {
        Map<String, Map<String, Object>> bad = Map.of(
                "minLength", Map.of("minLength", 3),
                "historyCount", Map.of("historyCount", 0),
                "lifetimeDays", Map.of("lifetimeDays", 1000),
                "maximumLogonAttempts", Map.of("maximumLogonAttempts", 5),
                "logonFailuresBeforePinReset", Map.of("logonFailuresBeforePinReset", 20),
                "resetPinText", Map.of("resetPinText", "x".repeat(513)),
                "colour", Map.of("colour", "blue"));
        bad.forEach((field, body) -> {
            Api.Response response = api.put("/api/v1/policies/voicemail/tag:PolicyBad", body);
            assertThat(response.status()).as(field).isEqualTo(400);
            assertThat(response.json().get("field").asString()).as(response.body()).isEqualTo(field);
        });
        assertThat(api.get("/api/v1/policies/voicemail/tag:PolicyBad").status()).isEqualTo(404);
        Api.Response phoneLifetime = api.put("/api/v1/policies/phone/tag:PolicyBad", Map.of("lifetimeDays", 30));
        assertThat(phoneLifetime.json().get("detail").asString()).contains("history");
        assertThat(api.put("/api/v1/policies/phone/tag:PolicyBad", Map.of("minLength", "five")).json().get("field").asString())
                .isEqualTo("minLength");
        assertThat(api.put("/api/v1/policies/phone/planet:Mars", Map.of()).json().get("field").asString()).isEqualTo("scope");
    }

    @Test
    void policyChangesAreAudited() {
        api.put("/api/v1/policies/phone/tag:PolicyAudit", Map.of("minLength", 9));
        api.delete("/api/v1/policies/phone/tag:PolicyAudit");
        JsonNode records = api.get("/api/v1/audit", Map.of("target", "phone tag:PolicyAudit")).json().get("items");
        assertThat(records.valueStream().map(r -> r.get("action").asString()).toList()).containsExactly("policy.new", "policy.remove");
    }
}
