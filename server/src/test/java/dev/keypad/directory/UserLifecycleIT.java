package dev.keypad.directory;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.keypad.testing.Api;
import dev.keypad.testing.OnBothDatabases;

/** Adding, showing, changing and removing users, with the uniqueness rules of the directory. */
class UserLifecycleIT extends OnBothDatabases {

    private static final String DOMAIN = "lifecycle.test";


    @Test
    void addsUserWithEveryAttributeAndShowsIt() {
        Map<String, Object> ken = aUser("kenmyer", DOMAIN).withDisplayName("Ken Myer")
                .with("userPrincipalName", "kenmyer@" + DOMAIN).with("logonName", "LIFECYCLE\\kenmyer")
                .withDn("CN=Ken Myer,OU=Redmond,DC=lifecycle,DC=test").with("email", "ken@" + DOMAIN)
                .with("lineUri", "tel:+14255550100").withExtension("0100").with("site", "LifecycleSite")
                .with("title", "Manager").with("department", "Finance").with("city", "Redmond").with("company", "Litware")
                .build();
        Api.Response added = api.post("/api/v1/users", ken);
        assertThat(added.status()).isEqualTo(201);

        Api.Response shown = api.get("/api/v1/users/" + Api.encode("kenmyer@" + DOMAIN));
        assertThat(shown.status()).isEqualTo(200);
        ken.forEach((field, value) -> assertThat(shown.json().get(field).asString()).as(field).isEqualTo(value));
        assertThat(shown.json().get("identity").asString()).isEqualTo("sip:kenmyer@" + DOMAIN);
    }

    @Test
    void patchChangesOnlyTheGivenFieldsAndEmptyStringClears() {
        String sip = aUser("patchme", DOMAIN).with("title", "Clerk").with("department", "Sales").addTo(server);
        Api.Response changed = api.patch("/api/v1/users/" + Api.encode(sip), Map.of("title", "Director", "department", ""));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("title").asString()).isEqualTo("Director");
        assertThat(changed.json().get("department").isNull()).isTrue();
        assertThat(changed.json().get("displayName").asString()).isEqualTo("patchme");
    }

    @Test
    void takenExtensionInTheSameSiteIsConflictNamingItsHolder() {
        String holder = aUser("holder", DOMAIN).withExtension("4711").with("site", "ConflictSite").addTo(server);
        Api.Response clash = api.post("/api/v1/users", aUser("newcomer", DOMAIN).withExtension("4711").with("site", "conflictsite").build());
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().get("field").asString()).isEqualTo("extension");
        assertThat(clash.json().get("conflictsWith").asString()).isEqualTo(holder);
        assertThat(clash.json().get("detail").asString()).contains("4711").contains(holder);
        assertThat(api.get("/api/v1/users/" + Api.encode("sip:newcomer@" + DOMAIN)).status()).isEqualTo(404);

        assertThat(api.post("/api/v1/users", aUser("elsewhere", DOMAIN).withExtension("4711").with("site", "OtherSite").build())
                .status()).as("the same extension at another site").isEqualTo(201);
    }

    @Test
    void everyUniqueValueIsGuarded() {
        String first = aUser("unique1", DOMAIN).with("userPrincipalName", "u1@" + DOMAIN).with("logonName", "LC\\u1")
                .with("lineUri", "tel:+14255551111").withDn("CN=U1,OU=Unique,DC=lifecycle,DC=test").addTo(server);
        Map<String, String> taken = Map.of("sipAddress", "SIP:UNIQUE1@" + DOMAIN.toUpperCase(), "userPrincipalName", "U1@" + DOMAIN,
                "logonName", "lc\\U1", "lineUri", "tel:+14255551111", "distinguishedName", "cn=u1, ou=unique, dc=lifecycle, dc=test");
        taken.forEach((field, value) -> {
            Api.Response clash = api.post("/api/v1/users", aUser("unique2", DOMAIN).with(field, value).build());
            assertThat(clash.status()).as(field).isEqualTo(409);
            assertThat(clash.json().get("field").asString()).isEqualTo(field);
            assertThat(clash.json().get("conflictsWith").asString()).isEqualTo(first);
        });
        assertThat(api.post("/api/v1/users", aUser("unique1", DOMAIN).build()).json().get("detail").asString())
                .isEqualTo("A user with the SIP address '" + first + "' exists already");
        String second = aUser("unique3", DOMAIN).addTo(server);
        Api.Response change = api.patch("/api/v1/users/" + Api.encode(second), Map.of("logonName", "LC\\u1"));
        assertThat(change.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/users/" + Api.encode(second)).json().get("logonName").isNull()).isTrue();
    }

    @Test
    void invalidFieldsAreRejectedByNameAndNothingIsStored() {
        Map<String, String> invalid = Map.of("sipAddress", "not a sip address", "lineUri", "+1 425 555", "extension", "12a",
                "distinguishedName", "no equals sign", "email", "nobody", "logonName", "nobackslash");
        invalid.forEach((field, value) -> {
            Api.Response response = api.post("/api/v1/users", aUser("invalid", DOMAIN).with(field, value).build());
            assertThat(response.status()).as(field).isEqualTo(400);
            assertThat(response.json().get("field").asString()).isEqualTo(field);
            assertThat(response.json().get("detail").asString()).contains(field);
        });
        assertThat(api.post("/api/v1/users", Map.of("sipAddress", "sip:noname@" + DOMAIN)).json().get("detail").asString())
                .isEqualTo("displayName is required");
        assertThat(api.get("/api/v1/users/" + Api.encode("sip:invalid@" + DOMAIN)).status()).isEqualTo(404);
    }

    @Test
    void unknownOrMalformedJsonIsClearErrorWithoutStackTrace() {
        Api.Response unknown = api.post("/api/v1/users", "{\"sipAddress\":\"sip:typo@lifecycle.test\",\"displayName\":\"T\",\"extention\":\"1\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("extention");
        Api.Response broken = api.post("/api/v1/users", "{\"sipAddress\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).doesNotContain("at dev.keypad").doesNotContain("Exception");
    }

    @Test
    void removesUserSoEveryIdentityFormStopsResolving() {
        String sip = aUser("leaver", DOMAIN).withDisplayName("Lifecycle Leaver").addTo(server);
        assertThat(api.delete("/api/v1/users/" + Api.encode(sip)).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/users", Map.of("identity", "Lifecycle Leaver")).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/users/" + Api.encode(sip)).status()).isEqualTo(404);
    }
}
