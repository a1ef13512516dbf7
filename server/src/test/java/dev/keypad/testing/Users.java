package dev.keypad.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test data builder for directory users: {@code aUser("ken", "litware.test").withExtension("0100")}.
 * Each test class passes its own domain so classes sharing a server never collide.
 */
public final class Users {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Users(String name, String domain) {
        fields.put("sipAddress", "sip:" + name + "@" + domain);
        fields.put("displayName", name);
    }

    public static Users aUser(String name, String domain) {
        return new Users(name, domain);
    }

    public Users with(String field, String value) {
        fields.put(field, value);
        return this;
    }

    public Users withDisplayName(String value) {
        return with("displayName", value);
    }

    public Users withExtension(String value) {
        return with("extension", value);
    }

    public Users withDn(String value) {
        return with("distinguishedName", value);
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(fields);
    }

    /** Adds the user through the API as the administrator and returns its identity. */
    public String addTo(KeypadServer server) {
        Api.Response response = server.admin().post("/api/v1/users", build());
        if (response.status() != 201) {
            throw new IllegalStateException("Could not add a test user: " + response);
        }
        return response.json().get("identity").asString();
    }
}
