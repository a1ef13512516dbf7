package dev.keypad.console;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.keypad.testing.InChromium;
import dev.keypad.testing.KeypadServer;

/**
 * The accessible basics of issue 7 on every main page, in Chromium: a language, a title, one
 * heading of the first level, a main landmark, a label for every field and a name for every
 * button, a skip link reached first by keyboard with a visible focus, and no sideways scrolling
 * of the page at 200 % zoom (a 640-pixel-wide window shows what a 1280-pixel one does at 200 %).
 */
class AccessibilityBrowserIT extends InChromium {

    /** What is wrong with the page, as a list of sentences; empty when nothing is. */
    private static final String CHECK = """
            const problems = [];
            if (!document.documentElement.lang) problems.push('no lang on <html>');
            if (!document.title.trim()) problems.push('no <title>');
            if (document.querySelectorAll('h1').length !== 1) problems.push(document.querySelectorAll('h1').length + ' <h1> elements');
            if (!document.querySelector('main#main')) problems.push('no <main id="main">');
            document.querySelectorAll('input, select, textarea').forEach((field) => {
              if (field.type === 'hidden' || field.type === 'submit') return;
              const labelled = (field.id && document.querySelector('label[for="' + field.id + '"]')) || field.closest('label')
                  || field.getAttribute('aria-label') || field.getAttribute('aria-labelledby');
              if (!labelled) problems.push('field without a label: ' + (field.name || field.id || field.outerHTML));
            });
            document.querySelectorAll('button, a[href]').forEach((control) => {
              if (!(control.textContent.trim() || control.getAttribute('aria-label'))) problems.push('control without a name: ' + control.outerHTML);
            });
            document.querySelectorAll('[aria-describedby]').forEach((field) => {
              field.getAttribute('aria-describedby').split(' ').forEach((id) => {
                if (!document.getElementById(id)) problems.push('aria-describedby points at nothing: ' + id);
              });
            });
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth > width + 1) {
              const wide = [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > width + 1
                  && !(element.parentElement && element.parentElement.closest('.table-wrap')));
              problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width + ', past the edge: '
                  + wide.slice(0, 4).map((element) => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                      + (element.className ? '.' + element.className : '')).join(', '));
            }
            return problems;
            """;

    private long userId;

    @BeforeAll
    void setUp() {
        String sip = aUser("ada.access", "access-browser.test").withDisplayName("Ada Access").withExtension("7401")
                .with("email", "ada.access@access-browser.test").addTo(server);
        userId = server.jdbc().queryForObject("SELECT id FROM users WHERE sip_address = ?", Long.class, sip);
        // Long words in the audit log and the outbox, as real data has: they must wrap or scroll in their table.
        aUser("w".repeat(200), "access-browser.test").with("email", "w".repeat(60) + "@access-browser.test").addTo(server);
    }

    @Test
    void everyMainPageHasTheAccessibleBasicsAtTwoHundredPercentZoom() {
        browser.driver().manage().window().setSize(new Dimension(640, 900));
        try {
            check("/sign-in");
            check("/self");
            browser.signIn("admin", KeypadServer.ADMIN_TOKEN);
            for (String page : List.of("/console/users", "/console/users?q=Ada*", "/console/users/" + userId, "/console/account",
                    "/console/bulk", "/console/policies", "/console/policies/phone/global", "/console/conferencing",
                    "/console/meetings", "/console/mails", "/console/audit", "/console/accounts")) {
                check(page);
            }
            browser.go("/console/users/" + userId);
            browser.screenshot("console-user-at-200-percent");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void theFirstTabReachesTheSkipLinkWithAVisibleFocus() {
        browser.signIn("admin", KeypadServer.ADMIN_TOKEN);
        browser.go("/console/account");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to content");
        assertThat(focused.getCssValue("outline-style")).isNotEqualTo("none");
        assertThat(focused.getCssValue("outline-width")).isNotEqualTo("0px");
    }

    @SuppressWarnings("unchecked")
    private void check(String page) {
        browser.go(page);
        // Measure the page as styled: keypad.css sets the body's margin to 0, the browser's own sheet to 8px.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && getComputedStyle(document.body).marginTop === '0px';"));
        List<String> problems = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(CHECK);
        assertThat(problems).as(page).isEmpty();
    }
}
