package dev.keypad.signin;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

import tools.jackson.databind.JsonNode;

import dev.keypad.testing.Api;
import dev.keypad.testing.OnBothDatabases;
import dev.keypad.testing.Phone;

/**
 * Phone sign-in through the API (SPEC §4), with the worked examples of the SPEC, on H2 and
 * PostgreSQL. The server's clock is moved instead of sleeping.
 */
class SignInIT extends OnBothDatabases {

    private static final String DOMAIN = "signin.test";

    private Phone phone;

    @BeforeParameterizedClassInvocation
    void connect() {
        phone = new Phone(api);
    }

    @Test
    void fourDigitPinLocksForAnHourAtTenAndForGoodAtTheHundredthFailure() {
        String sip = aUser("tiers", DOMAIN).addTo(server);
        phone.setPin(sip, "conference", "5307");
        for (int round = 1; round <= 10; round++) {
            for (int failure = 1; failure <= 9; failure++) {
                assertThat(phone.signIn(sip, "conference", "9999")).isEqualTo("rejected");
            }
            assertThat(phone.signIn(sip, "conference", "9999")).as("failure " + round * 10).isEqualTo("locked");
            assertThat(phone.signIn(sip, "conference", "5307")).as("refused while locked, not counted").isEqualTo("locked");
            if (round < 10) {
                JsonNode info = phone.info(sip, "conference");
                assertThat(info.get("lockoutReason").asString()).isEqualTo("temporary");
                assertThat(info.get("failedAttempts").get("global").asInt()).isEqualTo(round * 10);
                server.clock().advance(Duration.ofMinutes(61));
            }
        }
        JsonNode locked = phone.info(sip, "conference");
        assertThat(locked.get("lockoutReason").asString()).isEqualTo("failures");
        assertThat(locked.get("failedAttempts").get("global").asInt()).isEqualTo(100);
        server.clock().advance(Duration.ofHours(2));
        assertThat(phone.signIn(sip, "conference", "5307")).as("only an administrator unlocks").isEqualTo("locked");

        phone.operation("unlock", Map.of("purpose", "conference", "identities", List.of(sip)));
        assertThat(phone.info(sip, "conference").get("failedAttempts").get("global").asInt()).isZero();
        assertThat(phone.signIn(sip, "conference", "5307")).isEqualTo("accepted");
    }

    @Test
    void successResetsTheLocalCounterButNotTheGlobalOne() {
        String sip = aUser("success", DOMAIN).addTo(server);
        phone.setPin(sip, "conference", "5307");
        for (int i = 0; i < 9; i++) {
            phone.signIn(sip, "conference", "9999");
        }
        assertThat(phone.signIn(sip, "conference", "5307")).isEqualTo("accepted");
        JsonNode info = phone.info(sip, "conference");
        assertThat(info.get("failedAttempts").get("local").asInt()).isZero();
        assertThat(info.get("failedAttempts").get("global").asInt()).isEqualTo(9);
        assertThat(info.get("lastSuccessTime").isNull()).isFalse();
        assertThat(phone.signIn(sip, "conference", "9999")).as("a new count starts").isEqualTo("rejected");
    }

    @Test
    void voicemailPinIsResetAtFiveAndTenAndLockedAtFifteen() {
        String sip = aUser("vm", DOMAIN).addTo(server);
        phone.setPin(sip, "voicemail", "730461");
        for (int failure = 1; failure <= 15; failure++) {
            String outcome = phone.signIn(sip, "voicemail", "000000");
            assertThat(outcome).as("failure " + failure).isEqualTo(failure == 15 ? "locked" : "rejected");
        }
        List<String> actions = api.get("/api/v1/audit", Map.of("target", sip, "action", "pin.reset-after-failures"))
                .json().get("items").valueStream().map(r -> r.get("details").asString()).toList();
        assertThat(actions).containsExactly("voicemail: generated PIN after 5 consecutive failures",
                "voicemail: generated PIN after 10 consecutive failures");
        assertThat(phone.signIn(sip, "voicemail", "730461")).as("the old PIN was replaced, and the PIN is locked").isEqualTo("locked");
        JsonNode info = phone.info(sip, "voicemail");
        assertThat(info.get("lockoutReason").asString()).isEqualTo("failures");
        assertThat(info.get("mustChange").asBoolean()).isTrue();
    }

    @Test
    void expiredPinProvesIdentityAndMustBeReplacedRespectingHistory() {
        String sip = aUser("expiry", DOMAIN).addTo(server);
        phone.setPin(sip, "voicemail", "730461");
        assertThat(phone.changePin(sip, "voicemail", "730461", "582049").json().get("outcome").asString()).isEqualTo("changed");
        assertThat(phone.info(sip, "voicemail").get("firstTimeUser").asBoolean()).isFalse();
        server.clock().advance(Duration.ofDays(61));
        assertThat(phone.info(sip, "voicemail").get("isExpired").asBoolean()).isTrue();
        assertThat(phone.signIn(sip, "voicemail", "582049")).isEqualTo("expired");

        Api.Response reused = phone.changePin(sip, "voicemail", "582049", "730461");
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json().get("violations").valueStream().map(v -> v.get("code").asString()).toList()).contains("history");
        assertThat(reused.body()).doesNotContain("730461").doesNotContain("582049");
        assertThat(phone.changePin(sip, "voicemail", "582049", "619274").json().get("outcome").asString()).isEqualTo("changed");
        assertThat(phone.signIn(sip, "voicemail", "619274")).isEqualTo("accepted");
    }

    @Test
    void tighterPolicyMakesANonCompliantPinMustChangeAtItsNextUse() {
        String sip = aUser("tighten", DOMAIN).withDn("CN=tighten,OU=Tight,DC=signin,DC=test").with("site", "TightSite").addTo(server);
        phone.setPin(sip, "phone", "48213");
        assertThat(phone.signIn(sip, "phone", "48213")).isEqualTo("accepted");
        assertThat(api.put("/api/v1/policies/phone/site:TightSite", Map.of("minLength", 6)).status()).isEqualTo(200);
        try {
            assertThat(phone.signIn(sip, "phone", "48213")).isEqualTo("accepted-must-change");
            assertThat(phone.info(sip, "phone").get("policy").asString()).isEqualTo("site:TightSite");
        } finally {
            api.delete("/api/v1/policies/phone/site:TightSite");
        }
        assertThat(phone.signIn(sip, "phone", "48213")).isEqualTo("accepted");
    }

    @Test
    void callersAreNamedByExtensionLineUriOrIdentityAndUnknownCallersAreNotFound() {
        String sip = aUser("named", DOMAIN).withExtension("6101").with("site", "SignSite").with("lineUri", "tel:+14255556101").addTo(server);
        phone.setPin(sip, "phone", "48213");
        assertThat(api.post("/api/v1/phone/sign-in", Map.of("purpose", "phone", "extension", "6101", "pin", "48213", "callerId", "+14255550000"))
                .json().get("identity").asString()).isEqualTo(sip);
        assertThat(api.post("/api/v1/phone/sign-in", Map.of("purpose", "phone", "lineUri", "TEL:+14255556101", "pin", "48213"))
                .json().get("outcome").asString()).isEqualTo("accepted");
        assertThat(api.post("/api/v1/phone/sign-in", Map.of("purpose", "phone", "extension", "6101", "site", "signsite", "pin", "48213"))
                .json().get("outcome").asString()).isEqualTo("accepted");
        assertThat(api.post("/api/v1/phone/sign-in", Map.of("purpose", "phone", "extension", "9999999", "pin", "48213")).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/phone/sign-in", Map.of("purpose", "voicemail", "identity", sip, "pin", "48213"))
                .json().get("outcome").asString()).isEqualTo("no-pin");
        assertThat(api.post("/api/v1/phone/sign-in", Map.of("purpose", "phone", "identity", sip, "pin", "４８２１３")).status()).isEqualTo(400);
        JsonNode audit = api.get("/api/v1/audit", Map.of("target", sip, "action", "phone.sign-in")).json().get("items");
        assertThat(audit.toString()).contains("caller +14255550000").contains("no-pin").doesNotContain("48213");
    }
}
