package io.aura360.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
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
import tools.jackson.databind.JsonNode;

/**
 * The web console in a real headless Chromium (the system's {@code chromium} and {@code chromedriver}; Selenium
 * Manager never downloads one): dev sign-in, ask, open a source, the 202 path while the agents are held, history,
 * the profile and health data, an agent pipeline, the outbox and the review queue as admin, sign-in with a Supabase
 * session (against a local fake of Supabase Auth's REST API) and its refresh, and axe-core scans. Without the
 * browser the tests are skipped, loudly.
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
    void signsInWithASupabaseSessionAndRefreshesItBeforeItExpires() {
        String email = "bea+" + user + "@example.test";
        GOTRUE.stubFor(WireMock.post(urlPathEqualTo("/auth/v1/token"))
                .withQueryParam("grant_type", equalTo("password"))
                .withHeader("apikey", equalTo(SUPABASE_ANON_KEY))
                .withRequestBody(equalToJson("{\"email\": \"%s\", \"password\": \"wrong\"}".formatted(email)))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": 400, \"error_code\": \"invalid_credentials\","
                                + " \"msg\": \"Invalid login credentials\"}")));
        // expires in 30 s, inside the console's refresh margin: the first page after signing in refreshes it
        GOTRUE.stubFor(WireMock.post(urlPathEqualTo("/auth/v1/token"))
                .withQueryParam("grant_type", equalTo("password"))
                .withHeader("apikey", equalTo(SUPABASE_ANON_KEY))
                .withRequestBody(equalToJson("{\"email\": \"%s\", \"password\": \"right\"}".formatted(email)))
                .willReturn(session("refresh-1-" + user, 30)));
        GOTRUE.stubFor(WireMock.post(urlPathEqualTo("/auth/v1/token"))
                .withQueryParam("grant_type", equalTo("refresh_token"))
                .withHeader("apikey", equalTo(SUPABASE_ANON_KEY))
                .withRequestBody(equalToJson("{\"refresh_token\": \"refresh-1-%s\"}".formatted(user)))
                .willReturn(session("refresh-2-" + user, 3600)));
        browser.get(baseUrl() + "/console/");
        WebElement emailField = wait.until(ExpectedConditions.elementToBeClickable(By.id("supabase-email")));
        emailField.sendKeys(email);
        browser.findElement(By.id("supabase-password")).sendKeys("wrong");
        browser.findElement(By.cssSelector("#supabase-sign-in button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#supabase-sign-in [role=alert]"), "Invalid login credentials"));
        assertThat(browser.findElement(By.id("supabase-password")).getAttribute("aria-invalid"))
                .isEqualTo("true");

        WebElement password = browser.findElement(By.id("supabase-password"));
        password.clear();
        password.sendKeys("right");
        browser.findElement(By.cssSelector("#supabase-sign-in button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ask-message")));
        browser.findElement(By.linkText("Usage")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("usage-daily")));

        GOTRUE.verify(postRequestedFor(urlPathEqualTo("/auth/v1/token"))
                .withQueryParam("grant_type", equalTo("refresh_token"))
                .withRequestBody(equalToJson("{\"refresh_token\": \"refresh-1-%s\"}".formatted(user))));
        String kept = (String) browser.executeScript("return sessionStorage.getItem('aura.session');");
        assertThat(kept).contains("refresh-2-" + user);
        assertThat(browser.findElements(By.linkText("History"))).isNotEmpty();
    }

    @Test
    void addsAMeasurementWithAnInlineErrorFirst() {
        signIn(false);
        browser.findElement(By.linkText("Profile")).click();
        WebElement metric = wait.until(ExpectedConditions.elementToBeClickable(By.id("biometric-metric")));
        metric.sendKeys("sleep_hours");
        browser.findElement(By.id("biometric-value")).sendKeys("9999999");
        browser.findElement(By.id("biometric-unit")).sendKeys("h");
        browser.findElement(By.cssSelector("#biometric button[type=submit]")).click();

        wait.until(ExpectedConditions.attributeToBe(By.id("biometric-value"), "aria-invalid", "true"));
        assertThat(browser.findElement(By.id("biometric-value-error")).getText())
                .isNotBlank();

        WebElement value = browser.findElement(By.id("biometric-value"));
        value.clear();
        value.sendKeys("7.5");
        browser.findElement(By.cssSelector("#biometric button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".biometric-list"), "sleep_hours: 7.5"));
        assertThat(browser.findElement(By.id("biometric-value")).getAttribute("aria-invalid"))
                .isNull();
    }

    @Test
    void showsTheDeadLettersToAnAdmin() {
        UUID event = jdbc.sql("""
				insert into outbox_events (aggregate_type, aggregate_id, event_type, payload, created_at, attempts,
				                           last_error, dead_lettered_at)
				values ('console_browser_test', ?, 'advice.completed', '{}', '2001-01-01T00:00:00Z', 10,
				        'broker refused: console test', '2001-01-01T01:00:00Z') returning id""").param(UUID.randomUUID()).query(UUID.class).single();
        try {
            signIn(true);
            browser.findElement(By.linkText("Outbox")).click();
            new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("outbox-state"))))
                    .selectByValue("dead_letter");
            browser.findElement(By.cssSelector("#outbox-filter button")).click();
            wait.until(ExpectedConditions.urlContains("state=dead_letter"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("tbody"), "broker refused: console test"));
            assertThat(axeViolations()).as("outbox page").isEmpty();
        } finally {
            jdbc.sql("delete from outbox_events where id = ?").param(event).update();
        }
    }

    @Test
    void claimsAndResolvesAReviewItem() {
        Response crisis =
                advice(user, token(user), "mind", "{\"locale\": \"en\", \"message\": \"I want to end my life\"}");
        String requestId = crisis.json().path("request_id").asString();
        String admin = TOKENS.sign(UUID.randomUUID(), "free", List.of("admin"), Duration.ofMinutes(10));
        String item = null;
        for (JsonNode candidate :
                get("/api/v1/admin/reviews?state=open&limit=100", admin).json().path("items")) {
            if (candidate.path("request_id").asString().equals(requestId)) {
                item = candidate.path("id").asString();
            }
        }
        assertThat(item).as("the crisis request's open review item").isNotNull();
        By form = By.cssSelector("form[data-item='" + item + "']");

        signIn(true);
        browser.findElement(By.linkText("Review queue")).click();
        wait.until(ExpectedConditions.elementToBeClickable(form))
                .findElement(By.cssSelector("button.claim"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("article[data-state=claimed] form[data-item='" + item + "']")));
        assertThat(axeViolations()).as("review queue").isEmpty();

        WebElement claimed = browser.findElement(form);
        new Select(claimed.findElement(By.tagName("select"))).selectByValue("contacted");
        claimed.findElement(By.cssSelector("input[data-field=note]")).sendKeys("called back");
        claimed.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(form));

        assertThat(jdbc.sql("select state || ' ' || outcome || ' ' || note from review_items where id = ?::uuid")
                        .param(item)
                        .query(String.class)
                        .single())
                .isEqualTo("resolved contacted called back");
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
        wait.until(ExpectedConditions.elementToBeClickable(By.id("biometric-metric")));
        assertThat(axeViolations()).as("profile page with health data").isEmpty();
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

    /** GoTrue's answer to a successful grant: a session whose access token the gateway accepts. */
    private com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder session(String refresh, int expiresIn) {
        String access = TOKENS.sign(user, "free", List.of(), Duration.ofMinutes(10));
        return aResponse().withHeader("Content-Type", "application/json").withBody("""
						{"access_token": "%s", "token_type": "bearer", "expires_in": %d, "expires_at": %d,
						 "refresh_token": "%s", "user": {"id": "%s", "aud": "authenticated", "role": "authenticated"}}""".formatted(
                        access, expiresIn, java.time.Instant.now().getEpochSecond() + expiresIn, refresh, user));
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
