package dev.keypad.testing;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs a test class once against the shared server on H2 and once against the one on PostgreSQL.
 * Subclasses keep to their own users (their own domain, OU and site), since the servers are shared.
 */
@ParameterizedClass
@EnumSource(Database.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OnBothDatabases {

    @Parameter
    protected Database database;

    protected KeypadServer server;
    /** The API as the administrator. */
    protected Api api;

    @BeforeParameterizedClassInvocation
    void connectToSharedServer() {
        server = KeypadServer.shared(database);
        api = server.admin();
    }
}
