package dev.keypad.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dev.keypad.testing.InChromium;
import dev.keypad.testing.KeypadServer;

/**
 * The console's main flows in Debian's Chromium (issue 7). Screenshots land in
 * {@code target/screenshots}, and with {@code -Dkeypad.screenshots=../docs/images} in the docs.
 */
class ConsoleBrowserIT extends InChromium {


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
