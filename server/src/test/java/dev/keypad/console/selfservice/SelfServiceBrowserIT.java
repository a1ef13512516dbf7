package dev.keypad.console.selfservice;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.keypad.testing.Browser;
import dev.keypad.testing.Database;
import dev.keypad.testing.KeypadServer;
import dev.keypad.testing.Mailbox;
import dev.keypad.testing.Phone;

/** An end user's way from asking for a link to a new PIN, in Debian's Chromium (issue 7). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfServiceBrowserIT {

    private static final Pattern LINK = Pattern.compile("http://\\S+/self/sign-in\\?token=[A-Za-z0-9_-]+");

    private Mailbox mailbox;
    private KeypadServer server;
    private Browser browser;

    @BeforeAll
    void start() {
        mailbox = new Mailbox();
        server = KeypadServer.start(Database.H2, mailbox.serverProperties());
        browser = Browser.open(server.baseUrl());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
        mailbox.close();
    }

    @Test
    void aUserAsksForALinkOpensItAndResetsTheirVoicemailPin() {
        String sip = aUser("pilar", "self-browser.test").withDisplayName("Pilar Ackerman").with("email", "pilar@litwareinc.com")
                .addTo(server);
        new Phone(server.admin()).setPin(sip, "voicemail", "730461");

        browser.go("/self");
        browser.field("Your sign-in address").sendKeys(sip);
        browser.button("Mail me a link").click();
        assertThat(browser.waitFor(By.id("link-sent")).getText()).contains("a link is on its way");

        Mailbox.eventually(() -> mailbox.to("pilar@litwareinc.com").stream().anyMatch(mail -> "sign-in-link".equals(mail.kind())),
                Duration.ofSeconds(20), "waiting for the link mail");
        Matcher link = LINK.matcher(mailbox.to("pilar@litwareinc.com").stream()
                .filter(mail -> "sign-in-link".equals(mail.kind())).findFirst().orElseThrow().text());
        assertThat(link.find()).isTrue();
        browser.driver().get(link.group());
        browser.button("Continue").click();
        assertThat(browser.waitFor(By.id("who")).getText()).contains("Pilar Ackerman");
        assertThat(browser.text()).contains("Voice mail PIN").contains("Phone sign-in PIN");
        browser.screenshot("self-service-pins");

        browser.button("Reset voice mail PIN").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
        String pin = browser.waitFor(By.id("shown-once-value")).getText();
        assertThat(pin).matches("\\d{6,}");
        assertThat(browser.text()).contains("shown this once");
        browser.screenshot("self-service-pin-shown-once");

        browser.go("/self/pins");
        assertThat(browser.text()).doesNotContain(pin);
    }
}
