package dev.keypad.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Selenium and Debian's chromedriver: the real browser
 * of the console tests. Without Chromium on the machine a test is skipped with a message, unless
 * the {@code CI} variable is set, where it fails: {@code .ci/run} installs both packages.
 * Not thread-safe; one per test class.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where screenshots go; {@code -Dkeypad.screenshots=docs/images} also copies them there for the docs. */
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    private Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("keypad-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /**
     * Opens Chromium on a server, or skips the test when it is missing outside CI.
     *
     * @param baseUrl e.g. {@code http://localhost:8080}; use localhost, where Chromium keeps Secure cookies on http
     */
    public static Browser open(String baseUrl) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "Chromium or chromedriver is missing: apt-get install -y chromium chromium-driver";
            if (System.getenv("CI") != null) {
                throw new AssertionError(message + " (CI is set, so browser tests must run)");
            }
            Assumptions.abort(message);
        }
        return new Browser(baseUrl.replace("127.0.0.1", "localhost"));
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String pathAndQuery) {
        driver.get(baseUrl + pathAndQuery);
    }

    /** Signs in on the console's sign-in page and waits for the console. */
    public void signIn(String account, String secret) {
        go("/sign-in");
        field("Account name").sendKeys(account);
        field("Password or API token").sendKeys(secret);
        button("Sign in").click();
        try {
            waitFor(By.cssSelector("header.bar"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Signing in as " + account + " did not reach the console: " + driver.getCurrentUrl()
                    + "\n" + text(), e);
        }
    }

    /** The input, select or textarea that a label with this text names. */
    public WebElement field(String label) {
        WebElement element = driver.findElement(By.xpath("//label[normalize-space(.)='" + label + "']"));
        return driver.findElement(By.id(element.getAttribute("for")));
    }

    /** The button with this text. */
    public WebElement button(String text) {
        return driver.findElement(By.xpath("//button[normalize-space(.)='" + text + "']"));
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** The text of the whole page, as a reader sees it. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Saves a screenshot of the page as {@code name.png} under {@code target/screenshots}, and in the
     * folder named by the system property {@code keypad.screenshots} when it is set.
     */
    public void screenshot(String name) {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            String docs = System.getProperty("keypad.screenshots");
            if (docs != null && !docs.isBlank()) {
                Path folder = Files.createDirectories(Path.of(docs));
                Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover profile in the temp folder harms nothing
        }
    }
}
