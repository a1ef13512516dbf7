package dev.keypad.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import dev.keypad.testing.InChromium;
import dev.keypad.testing.KeypadServer;
import dev.keypad.testing.Users;

/** Bulk actions and policies in Debian's Chromium (issue 7); screenshots as in {@link ConsoleBrowserIT}. */
class ConsoleBulkBrowserIT extends InChromium {

    private static final String OU = "OU=Browser,DC=bulk-console,DC=test";


    /** Signs in afresh, landing on the policies: a page of this class's own, whatever else the console has. */
    private void signInAs(String account, String secret) {
        browser.driver().manage().deleteAllCookies();
        browser.go("/console/policies");
        browser.signIn(account, secret);
    }

    @Test
    void anAdministratorPreviewsABulkUnlockThenRunsIt() {
        List<String> users = List.of("browserann", "browserbob").stream().map(name -> Users.aUser(name, "bulk-console.test")
                .withDn("CN=" + name + "," + OU).addTo(server)).toList();
        api.post("/api/v1/pins/lock", Map.of("purpose", "phone", "identities", users));
        signInAs("admin", KeypadServer.ADMIN_TOKEN);

        browser.go("/console/bulk");
        new Select(browser.field("PIN purpose")).selectByValue("phone");
        browser.field("OU").sendKeys(OU);
        new Select(browser.field("PIN status")).selectByValue("locked");
        browser.button("Preview").click();
        assertThat(browser.waitFor(By.id("preview-summary")).getText()).startsWith("2 targets: 2 would change");
        assertThat(browser.waitFor(By.id("targets")).getText()).contains(users);
        browser.screenshot("console-bulk-preview");

        browser.button("Run it").click();
        browser.driver().switchTo().alert().accept();
        assertThat(browser.waitFor(By.id("result-summary")).getText()).startsWith("2 targets: 2 changed");
        assertThat(api.get("/api/v1/pins", Map.of("purpose", "phone", "ou", OU)).json().get("items").valueStream()
                .filter(item -> item.get("isLockedOut").asBoolean())).isEmpty();
    }

    @Test
    void aWrongPolicySettingIsShownNextToItsField() {
        api.put("/api/v1/policies/phone/tag:bulk-console-browser", Map.of("minLength", 6));
        signInAs("admin", KeypadServer.ADMIN_TOKEN);
        browser.go("/console/policies/phone/tag:bulk-console-browser");
        browser.field("Minimum length").clear();
        browser.field("Minimum length").sendKeys("2");
        browser.button("Save").click();
        assertThat(browser.waitFor(By.id("minLength-error")).getText()).contains("Minimum length must be between 4 and 24");
        assertThat(browser.field("Minimum length").getAttribute("aria-describedby")).isEqualTo("minLength-error");
        assertThat(browser.field("Minimum length").getAttribute("value")).isEqualTo("2");
        browser.screenshot("console-policy-error");
    }

    @Test
    void theHelpDeskSeesPoliciesReadOnly() {
        api.put("/api/v1/policies/phone/tag:bulk-console-browser", Map.of("minLength", 6));
        String token = api.post("/api/v1/accounts", Map.of("name", "bulk-console-browser-desk", "role", "helpdesk"))
                .json().get("token").asString();
        signInAs("bulk-console-browser-desk", token);
        browser.go("/console/policies/phone/tag:bulk-console-browser");
        assertThat(browser.waitFor(By.id("settings")).getText()).contains("Minimum length");
        assertThat(browser.driver().findElements(By.cssSelector("main input, main button"))).isEmpty();
    }
}
