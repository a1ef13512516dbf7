package dev.keypad.console;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dev.keypad.testing.InChromium;
import dev.keypad.testing.KeypadServer;

/** Finding a user and resetting their PIN in Debian's Chromium (issue 7), with the screenshots for the docs. */
class ConsoleUsersBrowserIT extends InChromium {

    private static final String DOMAIN = "users-browser.test";


    @BeforeAll
    void setUp() {
        aUser("kenna.browserpage", DOMAIN).withDisplayName("Kenna Browserpage").withExtension("7301")
                .with("department", "Finance").with("site", "BrowserSite").addTo(server);
        aUser("kendall.browserpage", DOMAIN).withDisplayName("Kendall Browserpage").withExtension("7302")
                .with("department", "Sales").with("site", "BrowserSite").addTo(server);
        aUser("mara.browserpage", DOMAIN).withDisplayName("Mara Browserpage").addTo(server);
    }

    @Test
    void administratorFindsAUserByWildcardAndSeesAGeneratedPinOnce() {
        browser.signIn("admin", KeypadServer.ADMIN_TOKEN);
        browser.go("/console/users");
        browser.field("Find users").sendKeys("Ken* Browserpage");
        browser.button("Find").click();
        String results = browser.waitFor(By.id("users")).getText();
        assertThat(results).contains("Kenna Browserpage", "Kendall Browserpage").doesNotContain("Mara Browserpage");
        browser.screenshot("console-users");

        browser.driver().findElement(By.linkText("Kenna Browserpage")).click();
        browser.waitFor(By.id("pin-phone"));
        String userPage = browser.driver().getCurrentUrl();
        browser.driver().findElement(By.xpath("//summary[normalize-space(.)='Set or reset the phone PIN']")).click();
        browser.button("Set phone PIN").click();
        String pin = browser.waitFor(By.id("shown-once-value")).getText();
        assertThat(pin).matches("[0-9]{5,}");
        assertThat(browser.text()).contains("The phone PIN of Kenna Browserpage is set", "Copy");
        browser.screenshot("console-user-pin-shown-once");

        browser.driver().get(userPage);
        browser.waitFor(By.id("pin-phone"));
        assertThat(browser.driver().findElements(By.id("shown-once-value"))).isEmpty();
        assertThat(browser.text()).doesNotContain(pin);
        assertThat(browser.driver().findElement(By.id("phone-set")).getText()).isEqualTo("Yes");
    }
}
