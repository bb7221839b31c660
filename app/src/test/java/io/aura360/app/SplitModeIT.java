package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.aura360.app.cli.DevTokens;
import io.aura360.contracts.ServiceKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Split mode as deployed: {@code serve --service vector|agents|gateway} as three OS processes on loopback, talking
 * HTTP with the service key, the gateway on real PostgreSQL. mTLS is on, with a CA and one certificate per service
 * made for the run: agents and vector serve HTTPS and require a certificate from that CA. The processes start once
 * (in parallel) and serve every test; the vector-down test runs after the others because it kills the vector
 * process. Calls run one way, gateway → agents → vector: the agents are not told where the gateway is, and the
 * gateway's request metrics show that it served nothing but the test's own calls.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SplitModeIT {

    private static final String SERVICE_KEY = "split-mode-it-service-key-" + UUID.randomUUID();

    private static final String JWT_SECRET = "split-mode-it-jwt-secret-of-at-least-32-bytes";

    private static final DevTokens TOKENS = new DevTokens(JWT_SECRET);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** A caller holding a certificate from the services' CA (the internal services refuse anyone else). */
    private static HttpClient internalHttp;

    private static TestCertificates ca;

    @TempDir
    static Path scratch;

    static ProcessDatabase database;

    static JarProcess vector;

    static JarProcess agents;

    static JarProcess gateway;

    static String vectorUrl;

    static String agentsUrl;

    static String gatewayUrl;

    /** Metrics and health of the gateway: its management port, never the public one. */
    static String gatewayManagementUrl;

    @BeforeAll
    static void startTheThreeServices() throws IOException {
        database = ProcessDatabase.start(scratch.resolve("postgres"));
        ca = TestCertificates.authority("aura-split-ca");
        internalHttp =
                HttpClient.newBuilder().sslContext(ssl(ca.issue("test-client"))).build();
        int vectorPort = JarProcess.freePort();
        int agentsPort = JarProcess.freePort();
        int gatewayPort = JarProcess.freePort();
        gatewayManagementUrl = "http://127.0.0.1:" + JarProcess.freePort();
        vectorUrl = "https://localhost:" + vectorPort;
        agentsUrl = "https://localhost:" + agentsPort;
        gatewayUrl = "http://127.0.0.1:" + gatewayPort;
        vector = JarProcess.start(
                "vector",
                env("vector", Map.of()),
                "serve",
                "--service",
                "vector",
                "--port",
                Integer.toString(vectorPort),
                "--management-port",
                Integer.toString(JarProcess.freePort()));
        agents = JarProcess.start(
                "agents",
                env(
                        "agents",
                        // a cold vector JVM's first search on a busy CI machine can pass the 3 s default; this test is
                        // about the flow (the degraded path has its own test, with the vector service stopped)
                        Map.of("AURA_VECTOR_URL", vectorUrl, "AURA_VECTOR_TIMEOUT", "30s")),
                "serve",
                "--service",
                "agents",
                "--port",
                Integer.toString(agentsPort),
                "--management-port",
                Integer.toString(JarProcess.freePort()));
        Map<String, String> gatewayEnv = new HashMap<>(database.environment());
        gatewayEnv.put("AURA_AGENTS_URL", agentsUrl);
        gatewayEnv.put("AURA_JWT_SECRET", JWT_SECRET);
        // The first answers of cold JVMs on a busy CI machine can pass 12 s; this test is about the flow, not the
        // budget.
        gatewayEnv.put("AURA_SYNC_BUDGET_MS", "50000");
        gateway = JarProcess.start(
                "gateway",
                env("gateway", gatewayEnv),
                "serve",
                "--service",
                "gateway",
                "--port",
                Integer.toString(gatewayPort),
                "--management-port",
                gatewayManagementUrl.substring(gatewayManagementUrl.lastIndexOf(':') + 1));
        vector.awaitReady();
        agents.awaitReady();
        gateway.awaitReady();
    }

    @AfterAll
    static void stopThem() throws InterruptedException {
        for (JarProcess process : new JarProcess[] {gateway, agents, vector}) {
            if (process != null) {
                process.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void answersAdviceThroughAllThreeProcessesWithCitedSources() {
        UUID user = UUID.randomUUID();

        Answer answer = advice(user, "mind");

        assertThat(answer.status()).as(answer.body() + "\n" + logs()).isEqualTo(200);
        JsonNode envelope = answer.json();
        assertThat(envelope.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(envelope.path("degraded").asBoolean())
                .as("answered from fallback evidence:\n" + logs())
                .isFalse();
        JsonNode payload = envelope.path("response");
        assertThat(PayloadSchema.violations(payload.toString())).isEmpty();
        Set<String> sources = payload.path("sources")
                .valueStream()
                .map(s -> s.path("source_id").asString())
                .collect(Collectors.toSet());
        assertThat(sources).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("mind-en-"));
        assertThat(payload.path("recommendations").valueStream())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.path("evidence_ids").valueStream().map(JsonNode::asString))
                        .isNotEmpty()
                        .allSatisfy(id -> assertThat(sources).contains(id)));
        UUID request = UUID.fromString(envelope.path("request_id").asString());
        assertThat(database.jdbc()
                        .sql("select count(*) from holistic_vector_queries q join holistic_agent_runs r "
                                + "on q.agent_run_id = r.id where r.request_id = ?")
                        .param(request)
                        .query(Long.class)
                        .single())
                .as("the agents' run records crossed HTTP and the gateway stored them")
                .isPositive();
    }

    @Test
    @Order(2)
    void theAgentsAndVectorServicesRefuseCallsWithoutCertificateOrServiceKeyOrWithAUserToken() {
        String run = """
				{"request_id": "%s", "user_id": "%s", "category": "body", "locale": "en", "tier": "free", "message": null,
				 "session_id": null, "context": {"profile": {}, "medical_flags": [], "habits": [], "biometrics": {},
				 "recent_responses": [], "preferences": {}}, "deadline": null}""".formatted(UUID.randomUUID(), UUID.randomUUID());
        String search = "{\"query\": \"sleep\", \"top_k\": 3}";
        String userToken = token(UUID.randomUUID());

        for (String[] call : List.of(
                new String[] {agentsUrl + "/agents/v1/runs", run},
                new String[] {vectorUrl + "/vector/v1/search", search})) {
            assertThat(post(call[0], call[1], Map.of()).status())
                    .as("no key: " + call[0])
                    .isEqualTo(401);
            assertThat(post(call[0], call[1], Map.of(ServiceKeys.HEADER, "wrong-" + SERVICE_KEY))
                            .status())
                    .as("wrong key: " + call[0])
                    .isEqualTo(401);
            assertThat(post(call[0], call[1], Map.of("Authorization", "Bearer " + userToken))
                            .status())
                    .as("a user's token: " + call[0])
                    .isEqualTo(401);
            Answer refused = post(
                    call[0], call[1], Map.of(ServiceKeys.HEADER, SERVICE_KEY, "Authorization", "Bearer " + userToken));
            assertThat(refused.status())
                    .as("a user's token next to the key: " + call[0])
                    .isEqualTo(401);
            assertThat(refused.json().path("type").asString()).endsWith("/invalid-service-key");
            assertThatExceptionOfType(UncheckedIOException.class)
                    .as("no client certificate: " + call[0])
                    .isThrownBy(() -> send(HTTP, call[0], call[1], Map.of(ServiceKeys.HEADER, SERVICE_KEY)));
        }
        Answer found = post(vectorUrl + "/vector/v1/search", search, Map.of(ServiceKeys.HEADER, SERVICE_KEY));
        assertThat(found.status()).as("the key alone is let in").isEqualTo(200);
        assertThat(found.json().path("results").size()).isEqualTo(3);
    }

    @Test
    @Order(3)
    void anAdminsProfileChangeServesTheNextRequestWithoutTheAgentsAskingTheGateway() {
        String admin = TOKENS.sign(UUID.randomUUID(), "free", List.of("admin"), Duration.ofMinutes(10));
        String profile = """
				{"name": "split-mind-calm", "category": "mind", "priority": 100, "enabled": true,
				 "match": {"tiers": [], "locales": ["en"], "medical_flags": []},
				 "pipeline": [{"agent": "calm_coach", "model": "offline", "prompt_template": "advice",
				               "focus": {"en": "calm breathing"},
				               "retrieval": {"collections": ["holistic_memory"], "top_k": 3, "min_confidence": 0.3},
				               "guardrails": ["grounding"]}]}""";
        Answer created = send(HTTP, "POST", gatewayUrl + "/api/v1/admin/agent-profiles", profile, bearer(admin));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID user = UUID.randomUUID();

        assertThat(agentsOf(advice(user, "mind"))).containsExactly("calm_coach");

        Answer disabled = send(
                HTTP,
                "PUT",
                gatewayUrl + "/api/v1/admin/agent-profiles/split-mind-calm",
                profile.replace("\"enabled\": true", "\"enabled\": false"),
                bearer(admin));
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(agentsOf(advice(user, "mind"))).isNotEmpty().doesNotContain("calm_coach");
    }

    @Test
    @Order(4)
    void answersDegradedFromFallbackEvidenceWhenTheVectorProcessIsDown() throws InterruptedException {
        UUID user = UUID.randomUUID();
        assertThat(advice(user, "mind").status())
                .as("a good answer first refreshes the fallback evidence")
                .isEqualTo(200);

        vector.kill();
        Answer answer = advice(user, "mind");

        assertThat(answer.status()).as(answer.body() + "\n" + logs()).isEqualTo(200);
        JsonNode envelope = answer.json();
        assertThat(envelope.path("degraded").asBoolean()).isTrue();
        assertThat(envelope.path("error_type").asString()).isEqualTo("VECTOR_SERVICE_UNAVAILABLE");
        assertThat(PayloadSchema.violations(envelope.path("response").toString()))
                .isEmpty();
        List<String> kept = database.jdbc()
                .sql("select source_id from evidence_fallback where category = 'mind' and locale = 'en'")
                .query(String.class)
                .list();
        assertThat(envelope.path("response").path("sources").valueStream())
                .as("the evidence the gateway keeps, sent inside the run")
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.path("source_id").asString())
                        .startsWith("mind-en-")
                        .isIn(kept));
    }

    /** Every request the gateway served (its {@code http.server.requests} metric) was the test's own. */
    @Test
    @Order(5)
    void theGatewayServedNoCallFromTheAgents() {
        Answer scrape = send(HTTP, "GET", gatewayManagementUrl + "/actuator/prometheus", null, Map.of());
        assertThat(scrape.status()).isEqualTo(200);
        Matcher served = Pattern.compile(
                        "^http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"[^}]*} (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape.body());
        Map<String, Double> byUri = new HashMap<>();
        while (served.find()) {
            byUri.merge(served.group(1), Double.parseDouble(served.group(2)), Double::sum);
        }

        assertThat(byUri).as("requests by uri").containsKey("/api/v1/holistic/advice");
        assertThat(byUri.keySet())
                .as("calls run one way: nothing but the public API and the probes was asked of the gateway")
                .allSatisfy(uri -> assertThat(uri).matches("/api/v1/.+|/actuator/.+"));
    }

    private static Map<String, String> env(String service, Map<String, String> extra) throws IOException {
        Map<String, String> env = new HashMap<>(extra);
        env.put("AURA_HOME", Files.createDirectories(scratch.resolve(service)).toString());
        env.put("AURA_SERVICE_KEY", SERVICE_KEY);
        TestCertificates.Issued certificate = ca.issue(service);
        env.put(
                "AURA_TLS_CERTIFICATE",
                certificate.writeCertificate(scratch.resolve(service + ".pem")).toString());
        env.put(
                "AURA_TLS_PRIVATE_KEY",
                certificate
                        .writePrivateKey(scratch.resolve(service + "-key.pem"))
                        .toString());
        env.put("AURA_TLS_CA", ca.writeCertificate(scratch).toString());
        return env;
    }

    private static String token(UUID user) {
        return TOKENS.sign(user, "free", List.of(), Duration.ofMinutes(10));
    }

    private static Answer advice(UUID user, String category) {
        return post(
                gatewayUrl + "/api/v1/holistic/advice",
                """
				{"user_id": "%s", "category": "%s", "metadata": {"locale": "en", "message": "I feel stressed at work"}}""".formatted(user, category),
                Map.of("Authorization", "Bearer " + token(user)));
    }

    private static Answer post(String url, String body, Map<String, String> headers) {
        return send(url.startsWith("https") ? internalHttp : HTTP, url, body, headers);
    }

    private static Answer send(HttpClient http, String url, String body, Map<String, String> headers) {
        return send(http, "POST", url, body, headers);
    }

    private static Answer send(HttpClient http, String method, String url, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        (body == null)
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /** The agents that ran for an advice answer, as the gateway stored them. */
    private static List<String> agentsOf(Answer advice) {
        assertThat(advice.status()).as(advice.body() + "\n" + logs()).isEqualTo(200);
        return database.jdbc()
                .sql("select agent_name from holistic_agent_runs where request_id = ? order by agent_name")
                .param(UUID.fromString(advice.json().path("request_id").asString()))
                .query(String.class)
                .list();
    }

    private static SSLContext ssl(TestCertificates.Issued identity) {
        PemSslStoreDetails keyStore = PemSslStoreDetails.forCertificate(
                        identity.writeCertificate(scratch.resolve("client.pem"))
                                .toUri()
                                .toString())
                .withPrivateKey(identity.writePrivateKey(scratch.resolve("client-key.pem"))
                        .toUri()
                        .toString());
        PemSslStoreDetails trustStore = PemSslStoreDetails.forCertificate(
                ca.writeCertificate(scratch).toUri().toString());
        return SslBundle.of(new PemSslStoreBundle(keyStore, trustStore)).createSslContext();
    }

    private static String logs() {
        return gateway.output() + agents.output() + vector.output();
    }

    record Answer(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
