package dev.keypad.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** PIN calls for tests: set a PIN as the administrator, sign in as a gateway would. */
public final class Phone {

    private final Api api;

    public Phone(Api api) {
        this.api = api;
    }

    /** Sets a known PIN (not must-change) and fails the test if the server refuses it. */
    public void setPin(String identity, String purpose, String pin) {
        JsonNode results = api.post("/api/v1/pins/set", Map.of("purpose", purpose, "identities", List.of(identity),
                "pin", pin, "mustChange", false)).json();
        if (results.get("changed").asInt() != 1) {
            throw new IllegalStateException("Could not set a test PIN: " + results);
        }
    }

    /** Sets a generated PIN and returns it. */
    public String generatePin(String identity, String purpose) {
        JsonNode results = api.post("/api/v1/pins/set", Map.of("purpose", purpose, "identities", List.of(identity))).json();
        return results.get("results").get(0).get("pin").asString();
    }

    public String signIn(String identity, String purpose, String pin) {
        return api.post("/api/v1/phone/sign-in", Map.of("purpose", purpose, "identity", identity, "pin", pin))
                .json().get("outcome").asString();
    }

    public Api.Response changePin(String identity, String purpose, String pin, String newPin) {
        return api.post("/api/v1/phone/change-pin", Map.of("purpose", purpose, "identity", identity, "pin", pin, "newPin", newPin));
    }

    public JsonNode info(String identity, String purpose) {
        return api.get("/api/v1/pins", Map.of("purpose", purpose, "identity", identity)).json().get("items").get(0);
    }

    public JsonNode operation(String verb, Map<String, Object> body) {
        return api.post("/api/v1/pins/" + verb, new HashMap<>(body)).json();
    }
}
