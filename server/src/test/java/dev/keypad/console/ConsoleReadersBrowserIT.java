package dev.keypad.console;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.keypad.testing.InChromium;
import dev.keypad.testing.KeypadServer;

/** The console's reading pages in Debian's Chromium: a meeting that updates live, the outbox, the audit chain. */
class ConsoleReadersBrowserIT extends InChromium {


    @BeforeAll
    void setUp() {
        // From a page of this work, not the console's front door, which is another page's.
        browser.go("/console/meetings");
        browser.signIn("admin", KeypadServer.ADMIN_TOKEN);
    }

    @Test
    void theMeetingPageShowsACallerWhoJoinsWithoutAReload() {
        String sip = aUser("live-organizer", "readers-browser.test").addTo(server);
        String conferenceId = api.post("/api/v1/conferencing/users/enable", Map.of("identities", List.of(sip), "sendEmail", false))
                .json().get("results").get(0).get("conferenceId").asString();
        browser.go("/console/meetings");
        browser.field("Conference ID").sendKeys(conferenceId);
        browser.button("Open meeting").click();
        browser.waitFor(By.id("lobby-calls"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.id("meeting-news"), "This page updates by itself."));
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        script.executeScript("window.keypadMarker = 'same page';");

        api.post("/api/v1/conference/join", Map.of("conferenceId", conferenceId, "callerId", "+14255550199"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("lobby-calls"), "+14255550199"));
        assertThat(browser.driver().findElement(By.id("meeting-news")).getText()).isEqualTo("+14255550199 is waiting in the lobby.");
        assertThat(browser.driver().findElement(By.id("lobby-count")).getText()).isEqualTo("1");
        assertThat(script.executeScript("return window.keypadMarker;")).as("not reloaded").isEqualTo("same page");
        browser.screenshot("console-meeting-live");
    }

    @Test
    void theOutboxListsMailsAndTheAuditChainVerifiesIntact() {
        browser.go("/console/mails");
        assertThat(browser.text()).contains("Mail outbox");
        browser.screenshot("console-mails");

        browser.go("/console/audit");
        browser.screenshot("console-audit");
        browser.button("Verify chain").click();
        assertThat(browser.waitFor(By.id("verification")).getText()).contains("Intact.").contains("records checked");
    }
}
