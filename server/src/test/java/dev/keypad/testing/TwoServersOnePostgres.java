package dev.keypad.testing;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Two servers sharing one fresh PostgreSQL database, as production may run them (SPEC §8). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TwoServersOnePostgres {

    protected KeypadServer first;
    protected KeypadServer second;

    @BeforeAll
    void startTwoServers() {
        first = KeypadServer.start(Database.POSTGRES, Map.of());
        second = first.startAnother();
    }

    @AfterAll
    void stopServers() {
        second.close();
        first.close();
    }
}
