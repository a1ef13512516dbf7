package dev.keypad.testing;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs a test class once on H2 and once on PostgreSQL, each time with a server of its own that
 * mails to a GreenMail server of its own, for tests that read what was mailed. A subclass's own
 * {@code @BeforeParameterizedClassInvocation} runs after this one's, with the server up.
 */
@ParameterizedClass
@EnumSource(Database.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OwnServerWithMail {

    @Parameter
    protected Database database;

    protected Mailbox mailbox;
    protected KeypadServer server;
    /** The API as the administrator. */
    protected Api api;
    protected Phone phone;

    /** Settings of the server beyond its mail, e.g. the dial-in numbers; none by default. */
    protected Map<String, Object> serverProperties() {
        return Map.of();
    }

    @BeforeParameterizedClassInvocation
    void startServerWithMail() {
        mailbox = new Mailbox();
        Map<String, Object> properties = new HashMap<>(mailbox.serverProperties());
        properties.putAll(serverProperties());
        server = KeypadServer.start(database, properties);
        api = server.admin();
        phone = new Phone(api);
    }

    @AfterParameterizedClassInvocation
    void stopServerWithMail() {
        server.close();
        mailbox.close();
    }
}
