package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The web console in a real headless Chromium (the system's {@code chromium} and {@code chromedriver}; Selenium
 * Manager never downloads one): dev sign-in, ask, open a source, the 202 path while the agents are held, history,
 * the profile, an agent pipeline as admin, and an axe-core scan. Without the browser the tests are skipped, loudly.
 */
class ConsoleBrowserTest extends FullStackTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Autowired
    AgentGate agents;

    private ChromeDriver browser;

    private WebDriverWait wait;

    private final UUID user = UUID.randomUUID();

    @BeforeEach
    void startBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.err.println("SKIPPED ConsoleBrowserTest: install chromium and chromium-driver to run the console's"
                    + " browser tests (apt-get install -y chromium chromium-driver)");
        }
        assumeTrue(present, "no /usr/bin/chromium and /usr/bin/chromedriver: the console's browser tests are skipped");
        // Selenium Manager would download a browser or driver otherwise
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void asksAndOpensACitedSource() {
        signIn(false);

        ask("body", "en", "I sleep badly and feel tired", false);

        WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#answer h2")));
        assertThat(answer.getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector(".request-status")).getText())
                .contains("COMPLETED");
        WebElement source = browser.findElement(By.cssSelector("details.source"));
        WebElement quote = source.findElement(By.tagName("blockquote"));
        assertThat(quote.isDisplayed()).isFalse();
        source.findElement(By.tagName("summary")).click();
        assertThat(quote.isDisplayed()).isTrue();
        assertThat(quote.getText()).isNotBlank();
        assertThat(source.findElement(By.tagName("a")).getAttribute("href")).startsWith("http");
    }

    @Test
    void followsA202OverServerSentEventsUntilTheAnswer() {
        signIn(false);
        agents.hold();
        try {
            ask("mind", "es", "me siento muy estresado", true);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".request-status"), "PROCESSING"));
        } finally {
            agents.releaseAndSettle(jdbc, user);
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".request-status"), "COMPLETED"));
        assertThat(browser.findElements(By.cssSelector("#answer .recommendation")))
                .isNotEmpty();
    }

    @Test
    void listsThePastRequestsAndOpensOne() {
        signIn(false);
        ask("soul", "en", "I feel I lack purpose", false);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#answer h2")));

        browser.findElement(By.linkText("History")).click();
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("history-category"))))
                .selectByValue("soul");
        browser.findElement(By.cssSelector("#history-filter button")).click();
        wait.until(ExpectedConditions.urlContains("category=soul"));
        WebElement row = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("tbody tr a")));
        row.click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".request-status"), "COMPLETED"));
        assertThat(browser.findElements(By.cssSelector("details.source"))).isNotEmpty();
    }

    @Test
    void editsTheProfileWithInlineValidationErrors() {
        signIn(false);
        browser.findElement(By.linkText("Profile")).click();
        WebElement height = wait.until(ExpectedConditions.elementToBeClickable(By.id("profile-height_cm")));
        height.clear();
        height.sendKeys("900");
        browser.findElement(By.cssSelector("#profile button[type=submit]")).click();

        wait.until(ExpectedConditions.attributeToBe(By.id("profile-height_cm"), "aria-invalid", "true"));
        assertThat(browser.findElement(By.id("profile-height_cm-error")).getText())
                .isNotBlank();

        height.clear();
        height.sendKeys("170");
        browser.findElement(By.id("profile-display_name")).sendKeys("Bea");
        browser.findElement(By.cssSelector("#profile button[type=submit]")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#profile [role=status]"), "Saved"));
        assertThat(jdbc.sql("select height_cm from app_users where auth_user_id = ?")
                        .param(user)
                        .query(Double.class)
                        .single())
                .isEqualTo(170.0);
    }

    @Test
    void editsAPipelineAsAdminAndShowsItsErrorsInline() {
        signIn(true);
        browser.findElement(By.linkText("Agent profiles")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("tbody tr a")))
                .click();
        WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(By.id("agent-profile-json")));
        String original = editor.getAttribute("value");
        setValue(editor, original.replaceFirst("\"priority\"\\s*:\\s*-?\\d+", "\"priority\": 5000"));
        browser.findElement(By.cssSelector("#agent-profile button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#agent-profile [role=alert]"), "priority"));

        setValue(editor, original);
        browser.findElement(By.cssSelector("#agent-profile button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#agent-profile [role=status]"), "Saved"));
    }

    @Test
    void hasNoSeriousOrCriticalAccessibilityViolations() {
        browser.get(baseUrl() + "/console/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dev-sign-in")));
        assertThat(axeViolations()).as("sign-in page").isEmpty();
        signIn(false);
        ask("body", "en", "I sleep badly", false);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#answer h2")));
        assertThat(axeViolations()).as("answer page").isEmpty();
        browser.findElement(By.linkText("Profile")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("profile-height_cm")));
        assertThat(axeViolations()).as("profile page").isEmpty();
    }

    private void signIn(boolean admin) {
        browser.get(baseUrl() + "/console/");
        WebElement id = wait.until(ExpectedConditions.elementToBeClickable(By.id("dev-user")));
        id.clear();
        id.sendKeys(user.toString());
        if (admin) {
            browser.findElement(By.id("dev-admin")).click();
        }
        browser.findElement(By.cssSelector("#dev-sign-in button[type=submit]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ask-message")));
    }

    private void ask(String category, String locale, String message, boolean background) {
        new Select(browser.findElement(By.id("ask-category"))).selectByValue(category);
        new Select(browser.findElement(By.id("ask-locale"))).selectByValue(locale);
        browser.findElement(By.id("ask-message")).sendKeys(message);
        if (background) {
            browser.findElement(By.id("ask-background")).click();
        }
        browser.findElement(By.cssSelector("#ask button[type=submit]")).click();
    }

    private void setValue(WebElement element, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", element, value);
    }

    /** axe-core's serious and critical violations of the page as it is now: rule id and the first target. */
    @SuppressWarnings("unchecked")
    private List<String> axeViolations() {
        JavascriptExecutor js = browser;
        js.executeScript(AXE);
        Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {resultTypes: ['violations']})
				  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ' ' + JSON.stringify(v.nodes[0].target))))
				  .catch(e => done(['axe failed: ' + e]));""");
        return (List<String>) result;
    }

    private static final String AXE = readAxe();

    private static String readAxe() {
        try (InputStream in =
                ConsoleBrowserTest.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core webjar missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
