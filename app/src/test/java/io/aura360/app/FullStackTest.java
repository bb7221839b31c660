package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.aura360.app.cli.DevTokens;
import io.aura360.contracts.ServiceKeys;
import io.aura360.gateway.ApiOverHttpTest;
import io.aura360.gateway.request.RequestRows;
import io.aura360.gateway.security.TestKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that drive the whole product over real HTTP: the all-in-one application on a random port,
 * real PostgreSQL (external test server or embedded), the real ONNX model and Lucene index, loaded with the
 * starter knowledge base. All subclasses share one started application.
 */
@SpringBootTest(classes = AuraApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AgentGate.class)
abstract class FullStackTest extends ApiOverHttpTest {

    static final String JWT_SECRET = "full-stack-test-secret-of-at-least-32-bytes";

    static final String SERVICE_KEY = "full-stack-test-service-key-0123456789";

    static final String ALLOWED_ORIGIN = "https://app.aura360.test";

    static final Path HOME = createHome();

    static final DevTokens TOKENS = new DevTokens(JWT_SECRET);

    /** Firebase Cloud Messaging as the push tests see it: FCM's wire format, served locally. */
    static final WireMockServer FCM = startFcm();

    /** Supabase Auth (GoTrue) as the console's sign-in sees it: its REST wire format, served locally with CORS. */
    static final WireMockServer GOTRUE = startGoTrue();

    static final String SUPABASE_ANON_KEY = "full-stack-test-supabase-anon-key";

    /** Every public API response these tests receive, checked against the served OpenAPI document. */
    static final ContractCheck CONTRACT = new ContractCheck();

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("aura.home", HOME::toString);
        registry.add("aura.jwt.secret", () -> JWT_SECRET);
        registry.add("aura.service-key", () -> SERVICE_KEY);
        registry.add("aura.jwt.issuer", () -> DevTokens.ISSUER);
        registry.add("aura.jwt.jwks-url", TestKeys.JWKS::url);
        registry.add("aura.cors.allowed-origins", () -> ALLOWED_ORIGIN);
        // as ./aura360 serve with its dev secret: the web console may sign a chosen dev user in
        registry.add("aura.console.dev-sign-in", () -> "true");
        registry.add("aura.console.supabase-url", GOTRUE::baseUrl);
        registry.add("aura.console.supabase-anon-key", () -> SUPABASE_ANON_KEY);
        // As ./aura360 serve runs: the actuator on its own port; the backlog gauge read at every scrape.
        registry.add("management.server.port", () -> "0");
        registry.add("aura.metrics.outbox-backlog-ttl", () -> "0s");
        registry.add("aura.review.metrics-ttl", () -> "0s");
        // Background jobs run once at start; tests trigger them explicitly so nothing races with assertions.
        registry.add("aura.outbox.relay-interval", () -> "1h");
        registry.add("aura.gateway.reaper-interval", () -> "1h");
        // 20 requests per 20 minutes: one token refills every minute, so a slow machine cannot refill the burst
        // bucket while a test spends it (the default period, 1 minute, refills one every 3 s).
        registry.add("aura.quota.burst-period", () -> "20m");
        // Test webhooks live on loopback over http; production refuses both (see WebhookUrlPolicyTest).
        registry.add("aura.webhooks.allow-private", () -> "true");
        registry.add("aura.webhooks.allow-insecure", () -> "true");
        registry.add("aura.webhooks.initial-backoff", () -> "50ms");
        registry.add("aura.enrichment.poll-interval", () -> "1h");
        registry.add("aura.push.fcm.project-id", () -> "aura360-test");
        registry.add("aura.push.fcm.access-token", () -> "fcm-test-access-token");
        registry.add("aura.push.fcm.base-url", FCM::baseUrl);
        registry.add("aura.push.fcm.initial-backoff", () -> "10ms");
        TestDatabase.external().ifPresent(url -> {
            registry.add("aura.db.url", () -> url);
            registry.add("spring.datasource.url", () -> url);
        });
    }

    @AfterAll
    static void everyResponseMatchesTheDocument() {
        assertThat(CONTRACT.drain())
                .as("responses the OpenAPI document does not describe")
                .isEmpty();
    }

    /** Asks for advice in {@code category} as {@code user}, with a {@code Prefer} header (a wait, respond-async). */
    Response askAdvice(UUID user, String category, String prefer) {
        return send(request("/api/v1/holistic/advice")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"user_id\": \"%s\", \"category\": \"%s\"}".formatted(user, category)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token(user))
                .header("Prefer", prefer));
    }

    /** What the database holds about a request, for assertions. */
    RequestRows rows() {
        return new RequestRows(jdbc);
    }

    static String token(UUID user) {
        return TOKENS.sign(user, "free", List.of(), Duration.ofMinutes(10));
    }

    /** A call between services: the service key header, and a bearer token only when {@code token} is set. */
    Response internal(String method, String path, String serviceKey, String token, String body) {
        HttpRequest.Builder request = request(path)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (serviceKey != null) {
            request.header(ServiceKeys.HEADER, serviceKey);
        }
        return send(request, token);
    }

    @Override
    protected void received(HttpRequest request, int status, String contentType, String body) {
        CONTRACT.record(request, status, contentType, body);
    }

    private static WireMockServer startFcm() {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    private static WireMockServer startGoTrue() {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().stubCorsEnabled(true));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    private static Path createHome() {
        try {
            return Files.createTempDirectory("aura360-test-home");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
