package dev.keypad.settings;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;

import dev.keypad.testing.Api;
import dev.keypad.testing.Database;
import dev.keypad.testing.KeypadServer;
import dev.keypad.testing.Phone;

/**
 * The tenant settings of SPEC §5 and §6 through the API, on H2 and PostgreSQL, each on a server of
 * its own: they are tenant-wide, so changing them on a shared server would change other tests.
 */
@ParameterizedClass
@EnumSource(Database.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantSettingsIT {

    @Parameter
    Database database;

    private KeypadServer server;
    private Api api;

    @BeforeParameterizedClassInvocation
    void start() {
        server = KeypadServer.start(database, Map.of());
        api = server.admin();
    }

    @AfterParameterizedClassInvocation
    void stop() {
        server.close();
    }

    @Test
    void theConferencePinLengthIsTheGlobalConferencePolicysAndChangesOnlyPinsGeneratedAfterwards() {
        Phone phone = new Phone(api);
        String before = aUser("before", "tenant.test").addTo(server);
        String oldPin = phone.generatePin(before, "conference");
        assertThat(oldPin).hasSize(5);
        assertThat(settings().get("pinLength").asInt()).as("the default").isEqualTo(5);

        JsonNode changed = api.patch("/api/v1/tenant-settings", Map.of("pinLength", 7)).json();
        assertThat(changed.get("pinLength").asInt()).isEqualTo(7);
        assertThat(api.get("/api/v1/policies/conference/global").json().get("generatedLength").asInt()).isEqualTo(7);
        String after = aUser("after", "tenant.test").addTo(server);
        assertThat(phone.generatePin(after, "conference")).hasSize(7);
        assertThat(phone.signIn(before, "conference", oldPin)).as("an existing PIN keeps its length").isEqualTo("accepted-must-change");

        api.put("/api/v1/policies/conference/global", Map.of("generatedLength", 6));
        assertThat(settings().get("pinLength").asInt()).as("one place says it").isEqualTo(6);
        assertThat(api.get("/api/v1/audit", Map.of("action", "settings.set")).body()).contains("pinLength 5 -> 7");
    }

    @Test
    void outOfRangeLengthsAndUnknownFieldsAreRefusedAndChangeNothing() {
        JsonNode before = settings();
        for (int length : List.of(3, 13)) {
            Api.Response refused = api.patch("/api/v1/tenant-settings", Map.of("pinLength", length, "allowPstnOnlyMeetingsByDefault", true));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("field").asString()).isEqualTo("pinLength");
        }
        api.put("/api/v1/policies/conference/global", Map.of("minLength", 6, "generatedLength", 6));
        Api.Response belowMinimum = api.patch("/api/v1/tenant-settings", Map.of("pinLength", 5));
        assertThat(belowMinimum.status()).isEqualTo(400);
        assertThat(belowMinimum.json().get("detail").asString()).contains("minLength 6");
        assertThat(api.patch("/api/v1/tenant-settings", Map.of("pinLenght", 6)).status()).as("a typo").isEqualTo(400);
        api.put("/api/v1/policies/conference/global", Map.of("minLength", 4, "generatedLength", before.get("pinLength").asInt()));
        assertThat(settings()).isEqualTo(before);
    }

    @Test
    void pstnOnlyMeetingsByDefaultIsStoredAndAudited() {
        assertThat(api.patch("/api/v1/tenant-settings", Map.of("allowPstnOnlyMeetingsByDefault", true)).json()
                .get("allowPstnOnlyMeetingsByDefault").asBoolean()).isTrue();
        assertThat(settings().get("allowPstnOnlyMeetingsByDefault").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/audit", Map.of("action", "settings.set")).body())
                .contains("allowPstnOnlyMeetingsByDefault false -> true");
        api.patch("/api/v1/tenant-settings", Map.of("allowPstnOnlyMeetingsByDefault", false));
    }

    private JsonNode settings() {
        return api.get("/api/v1/tenant-settings").json();
    }
}
