package dev.keypad.pin;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

import tools.jackson.databind.JsonNode;

import dev.keypad.testing.OnBothDatabases;
import dev.keypad.testing.Phone;

/** PIN set / lock / unlock / info (SPEC §4) through the API, on H2 and PostgreSQL. */
class PinOperationsIT extends OnBothDatabases {

    private static final String DOMAIN = "pinops.test";

    private Phone phone;

    @BeforeParameterizedClassInvocation
    void connect() {
        phone = new Phone(api);
    }

    @Test
    void generatedPinIsShownOnceAndWorksAndMustBeChanged() {
        String sip = aUser("gen", DOMAIN).withExtension("5101").addTo(server);
        JsonNode set = phone.operation("set", Map.of("purpose", "phone", "identities", List.of(sip)));
        JsonNode result = set.get("results").get(0);
        String pin = result.get("pin").asString();
        assertThat(pin).matches("[0-9]{5}");
        assertThat(result.get("outcome").asString()).isEqualTo("changed");

        JsonNode info = phone.info(sip, "phone");
        assertThat(info.toString()).doesNotContain(pin);
        assertThat(info.get("isPinSet").asBoolean()).isTrue();
        assertThat(info.get("mustChange").asBoolean()).isTrue();
        assertThat(info.get("firstTimeUser").asBoolean()).isTrue();
        assertThat(info.get("policy").asString()).isEqualTo("global");
        assertThat(phone.signIn(sip, "phone", pin)).isEqualTo("accepted-must-change");
        assertThat(api.get("/api/v1/audit", Map.of("target", sip)).body()).contains("pin.set").doesNotContain(pin);
    }

    @Test
    void pinThatBreaksThePolicyIsRefusedWithReasonCodesAndChangesNothing() {
        String sip = aUser("weak", DOMAIN).withExtension("5102").addTo(server);
        JsonNode set = phone.operation("set", Map.of("purpose", "phone", "identities", List.of(sip), "pin", "23456"));
        JsonNode result = set.get("results").get(0);
        assertThat(result.get("outcome").asString()).isEqualTo("failed");
        assertThat(result.get("violations").valueStream().map(v -> v.get("code").asString()).toList()).contains("sequential-run");
        assertThat(result.toString()).doesNotContain("23456");
        assertThat(set.get("failed").asInt()).isEqualTo(1);
        assertThat(phone.info(sip, "phone").get("isPinSet").asBoolean()).isFalse();
    }

    @Test
    void administratorLockBeatsTheRightPinUntilUnlocked() {
        String sip = aUser("locked", DOMAIN).withExtension("5103").addTo(server);
        phone.setPin(sip, "phone", "48213");
        assertThat(phone.signIn(sip, "phone", "48213")).isEqualTo("accepted");
        assertThat(phone.operation("lock", Map.of("purpose", "phone", "identities", List.of(sip))).get("changed").asInt()).isEqualTo(1);
        assertThat(phone.info(sip, "phone").get("lockoutReason").asString()).isEqualTo("administrator");
        assertThat(phone.signIn(sip, "phone", "48213")).isEqualTo("locked");
        assertThat(phone.operation("lock", Map.of("purpose", "phone", "identities", List.of(sip))).get("unchanged").asInt()).isEqualTo(1);
        assertThat(phone.operation("unlock", Map.of("purpose", "phone", "identities", List.of(sip))).get("changed").asInt()).isEqualTo(1);
        assertThat(phone.signIn(sip, "phone", "48213")).isEqualTo("accepted");
    }

    @Test
    void whatIfReportsAndChangesNothing() {
        String sip = aUser("whatif", DOMAIN).withExtension("5104").addTo(server);
        JsonNode wouldSet = phone.operation("set", Map.of("purpose", "phone", "identities", List.of(sip), "whatIf", true));
        assertThat(wouldSet.get("results").get(0).get("outcome").asString()).isEqualTo("would-change");
        assertThat(wouldSet.get("results").get(0).get("pin").isNull()).isTrue();
        assertThat(phone.info(sip, "phone").get("isPinSet").asBoolean()).isFalse();
        phone.operation("lock", Map.of("purpose", "phone", "identities", List.of(sip), "whatIf", true));
        assertThat(phone.info(sip, "phone").get("isLockedOut").asBoolean()).isFalse();
    }

    @Test
    void selectionUnlocksExactlyTheLockedPinsOfAnOu() {
        String ou = "OU=Locks,DC=pinops,DC=test";
        for (String name : List.of("l1", "l2", "l3")) {
            aUser(name, DOMAIN).withDn("CN=" + name + "," + ou).addTo(server);
        }
        phone.operation("lock", Map.of("purpose", "voicemail", "identities", List.of("sip:l1@" + DOMAIN, "sip:l3@" + DOMAIN)));
        JsonNode locked = api.get("/api/v1/pins", Map.of("purpose", "voicemail", "ou", ou, "where", "locked")).json();
        assertThat(locked.get("items").valueStream().map(i -> i.get("identity").asString()).toList())
                .containsExactly("sip:l1@" + DOMAIN, "sip:l3@" + DOMAIN);

        JsonNode unlocked = phone.operation("unlock", Map.of("purpose", "voicemail", "selection", Map.of("ou", ou, "where", "locked")));
        assertThat(unlocked.get("changed").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/pins", Map.of("purpose", "voicemail", "ou", ou, "where", "locked")).json().get("items")).isEmpty();
        assertThat(api.get("/api/v1/audit", Map.of("action", "pin.unlock", "target", "sip:l3@" + DOMAIN)).json().get("items")).hasSize(1);
    }

    @Test
    void expiredSelectionFollowsEachUsersPolicy() {
        String ou = "OU=Expiry,DC=pinops,DC=test";
        String standard = aUser("exp1", DOMAIN).withDn("CN=exp1," + ou).addTo(server);
        String relaxed = aUser("exp2", DOMAIN).withDn("CN=exp2," + ou).addTo(server);
        String unset = aUser("exp3", DOMAIN).withDn("CN=exp3," + ou).addTo(server);
        api.put("/api/v1/policies/voicemail/tag:PinopsRelaxed", Map.of("lifetimeDays", 0));
        api.post("/api/v1/policies/voicemail/grants", Map.of("identities", List.of(relaxed), "policy", "PinopsRelaxed"));
        phone.setPin(standard, "voicemail", "730461");
        phone.setPin(relaxed, "voicemail", "730461");
        server.clock().advance(java.time.Duration.ofDays(61));
        JsonNode expired = api.get("/api/v1/pins", Map.of("purpose", "voicemail", "ou", ou, "where", "expired")).json();
        assertThat(expired.get("items").valueStream().map(i -> i.get("identity").asString()).toList()).containsExactly(standard);
        assertThat(expired.get("items").get(0).get("isExpired").asBoolean()).isTrue();
        JsonNode unsetPins = api.get("/api/v1/pins", Map.of("purpose", "voicemail", "ou", ou, "where", "unset")).json();
        assertThat(unsetPins.get("items").valueStream().map(i -> i.get("identity").asString()).toList()).containsExactly(unset);
        api.delete("/api/v1/policies/voicemail/tag:PinopsRelaxed");
    }

    @Test
    void unknownIdentityFailsOnlyItsOwnTarget() {
        String sip = aUser("mixed", DOMAIN).addTo(server);
        JsonNode results = phone.operation("lock", Map.of("purpose", "phone", "identities", List.of("Nobody Pinops", sip)));
        assertThat(results.get("failed").asInt()).isEqualTo(1);
        assertThat(results.get("changed").asInt()).isEqualTo(1);
        assertThat(results.get("results").get(0).get("problem").asString()).isEqualTo("not-found");
    }

    @Test
    void badRequestsAreClearErrors() {
        assertThat(api.post("/api/v1/pins/set", Map.of("purpose", "fax", "identities", List.of("x"))).json().get("field").asString())
                .isEqualTo("purpose");
        assertThat(api.post("/api/v1/pins/lock", Map.of("purpose", "phone")).json().get("field").asString()).isEqualTo("identities");
        assertThat(api.post("/api/v1/pins/set", Map.of("purpose", "phone", "identities", List.of("x"), "pin", "12a45")).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/pins", Map.of("purpose", "phone", "where", "sometimes")).json().get("field").asString())
                .isEqualTo("where");
    }
}
