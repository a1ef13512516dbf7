package dev.keypad.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import dev.keypad.testing.Browser;
import dev.keypad.testing.Database;
import dev.keypad.testing.KeypadServer;

/**
 * The console's main flows in Debian's Chromium (issue 7). Screenshots land in
 * {@code target/screenshots}, and with {@code -Dkeypad.screenshots=../docs/images} in the docs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIT {

    private KeypadServer server;
    private Browser browser;

    @BeforeAll
    void openBrowser() {
        server = KeypadServer.shared(Database.H2);
        browser = Browser.open(server.baseUrl());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void administratorSignsInWithTheInitialTokenAndIsAskedToSetAPassword() {
        browser.go("/console/account");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/sign-in");
        browser.screenshot("console-sign-in");
        browser.signIn("admin", KeypadServer.ADMIN_TOKEN);
        assertThat(browser.text()).contains("You signed in with an API token");
        browser.field("New password").sendKeys("too short");
        browser.field("The same again").sendKeys("too short");
        browser.button("Set password").click();
        assertThat(browser.waitFor(By.id("password-error")).getText()).contains("at least 15 characters");
        assertThat(browser.field("New password").getAttribute("aria-describedby")).isEqualTo("password-error");
    }
}
