package dev.keypad.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A console test class in Chromium on the shared H2 server: one browser for the class, closed at
 * its end. A subclass's own {@code @BeforeAll} runs after this one's, with both ready.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class InChromium {

    protected KeypadServer server;
    /** The API as the administrator, for setting up what the pages then show. */
    protected Api api;
    protected Browser browser;

    @BeforeAll
    void openChromium() {
        server = KeypadServer.shared(Database.H2);
        api = server.admin();
        browser = Browser.open(server.baseUrl());
    }

    @AfterAll
    void closeChromium() {
        if (browser != null) {
            browser.close();
        }
    }
}
