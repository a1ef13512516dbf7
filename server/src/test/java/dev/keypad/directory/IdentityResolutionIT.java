package dev.keypad.directory;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.api.Test;

import dev.keypad.testing.Api;
import dev.keypad.testing.OnBothDatabases;

/** SPEC §2 identity resolution, through the API, on H2 and PostgreSQL. */
class IdentityResolutionIT extends OnBothDatabases {

    private static final String DOMAIN = "resolve.test";


    @BeforeParameterizedClassInvocation
    void addUsers() {
        aUser("kenmyer", DOMAIN).withDisplayName("Ken Myer")
                .with("userPrincipalName", "ken.myer@" + DOMAIN).with("logonName", "RESOLVE\\kenmyer")
                .withDn("CN=Ken Myer,OU=Redmond,DC=resolve,DC=test").addTo(server);
        aUser("rsmith", DOMAIN).withDisplayName("Resolve Smith").addTo(server);
        aUser("rsmith2", DOMAIN).withDisplayName("Resolve Smith").addTo(server);
        aUser("rjones", DOMAIN).withDisplayName("Resolve Jones").addTo(server);
    }

    @Test
    void resolvesEveryIdentityFormToTheSameUser() {
        for (String identity : List.of("sip:kenmyer@resolve.test", "kenmyer@resolve.test", "SIP:KenMyer@Resolve.Test",
                "ken.myer@resolve.test", "resolve\\KENMYER", "ken myer", "cn=ken myer, ou=redmond, dc=resolve, dc=test")) {
            Api.Response response = api.get("/api/v1/users", Map.of("identity", identity));
            assertThat(response.status()).as(identity).isEqualTo(200);
            assertThat(identities(response)).as(identity).containsExactly("sip:kenmyer@resolve.test");
        }
    }

    @Test
    void wildcardInDisplayNameActsOnEveryMatchInSipOrder() {
        assertThat(identities(api.get("/api/v1/users", Map.of("identity", "Resolve *"))))
                .containsExactly("sip:rjones@resolve.test", "sip:rsmith2@resolve.test", "sip:rsmith@resolve.test");
        assertThat(identities(api.get("/api/v1/users", Map.of("identity", "* smith"))))
                .containsExactly("sip:rsmith2@resolve.test", "sip:rsmith@resolve.test");
    }

    @Test
    void wildcardIsRefusedOutsideDisplayNames() {
        for (String identity : List.of("sip:*@resolve.test", "*@resolve.test", "RESOLVE\\*", "CN=*,DC=resolve,DC=test")) {
            Api.Response response = api.get("/api/v1/users", Map.of("identity", identity));
            assertThat(response.status()).as(identity).isEqualTo(400);
            assertThat(response.json().get("detail").asString()).contains("wildcard is allowed only in display names");
        }
    }

    @Test
    void identityThatMatchesNobodyIsNotFound() {
        Api.Response response = api.get("/api/v1/users", Map.of("identity", "Nobody Here"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("type").asString()).endsWith("/not-found");
        assertThat(response.json().get("identity").asString()).isEqualTo("Nobody Here");
        assertThat(api.get("/api/v1/users", Map.of("identity", "Nobody*")).status()).isEqualTo(404);
    }

    @Test
    void displayNameOfSeveralUsersIsAmbiguousAndListsThem() {
        Api.Response response = api.get("/api/v1/users", Map.of("identity", "resolve smith"));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("type").asString()).endsWith("/ambiguous-identity");
        assertThat(response.json().get("matches").valueStream().map(node -> node.asString()).toList())
                .containsExactly("sip:rsmith2@resolve.test", "sip:rsmith@resolve.test");
    }

    @Test
    void changingByAmbiguousIdentityChangesNothing() {
        Api.Response response = api.patch("/api/v1/users/" + Api.encode("sip:rsmith@resolve.test"),
                Map.of("title", "Changed"));
        assertThat(response.status()).isEqualTo(200);
        api.patch("/api/v1/users/" + Api.encode("sip:rsmith@resolve.test"), Map.of("title", ""));
        assertThat(api.get("/api/v1/users", Map.of("identity", "resolve smith")).status()).isEqualTo(409);
    }

    @Test
    void emptyOrOverlongIdentityIsClearError() {
        assertThat(api.get("/api/v1/users", Map.of("identity", " ")).json().get("detail").asString())
                .isEqualTo("identity is empty");
        assertThat(api.get("/api/v1/users", Map.of("identity", "x".repeat(2000))).status()).isEqualTo(400);
    }

    private static List<String> identities(Api.Response response) {
        return response.json().get("items").valueStream().map(user -> user.get("identity").asString()).toList();
    }
}
