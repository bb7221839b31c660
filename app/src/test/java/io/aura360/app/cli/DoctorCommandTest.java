package io.aura360.app.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.aura360.app.doctor.CollectionReport;
import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.CollectionSpecs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Help.Ansi;

/**
 * {@code ./aura360 doctor} on working and broken configurations: the machine's PostgreSQL and Redis when the test
 * environment names them, hosted models over their real wire format (served locally), the real embedding model and
 * a real (temporary) collection.
 */
class DoctorCommandTest {

    private static final String STRONG_SECRET = "Zq4v8Kc2mW1xT9pLr6sB3nY7hJ0eD5uAaF-kE";

    private static final WireMockServer MODELS =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @TempDir
    static Path home;

    @BeforeAll
    static void start() {
        System.setProperty("aura.vector.index-dir", home.resolve("index").toString());
        MODELS.start();
        MODELS.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                        {"id": "chatcmpl-1", "object": "chat.completion", "created": 1764900000,
                         "model": "llama3.2", "choices": [{"index": 0, "finish_reason": "stop",
                           "message": {"role": "assistant", "content": "OK"}}],
                         "usage": {"prompt_tokens": 14, "completion_tokens": 1, "total_tokens": 15}}""")));
        MODELS.stubFor(post(urlPathEqualTo("/v1beta/models/gemini-2.5-flash:generateContent"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                        {"candidates": [{"content": {"role": "model", "parts": [{"text": "OK"}]},
                          "finishReason": "STOP", "index": 0}],
                         "usageMetadata": {"promptTokenCount": 8, "candidatesTokenCount": 1, "totalTokenCount": 9},
                         "modelVersion": "gemini-2.5-flash"}""")));
    }

    @AfterAll
    static void stop() {
        MODELS.stop();
        System.clearProperty("aura.vector.index-dir");
    }

    @Test
    void aWorkingConfigurationIsReadyAndExitsZero() {
        Map<String, String> env = new HashMap<>(Map.of(
                "AURA_LLM_PROVIDER", "openai",
                "AURA_LLM_MODEL", "llama3.2",
                "AURA_LLM_BASE_URL", MODELS.baseUrl() + "/v1",
                "AURA_JWT_SECRET", STRONG_SECRET,
                "AURA_JWT_ISSUER", "https://aura360.test/auth/v1"));
        machineService("AURA_TEST_DB_URL").ifPresent(url -> env.put("AURA_DB_URL", url));
        machineService("AURA_TEST_REDIS_URL").ifPresent(url -> env.put("AURA_REDIS_URL", url));

        Run run = doctor(env, DoctorCommand::openServedCollection);

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out())
                .containsPattern("database +PASS")
                .containsPattern("redis +PASS")
                .containsPattern("model +PASS +openai model llama3.2 answers")
                .containsPattern("secrets +PASS")
                .containsPattern("issuer +PASS +tokens must be issued by https://aura360.test/auth/v1")
                .contains("READY");
        // a fresh home: the collection exists for the configured model but is filled by serve's first start
        assertThat(run.out()).containsPattern("embeddings +WARN +collection holistic_memory is empty");
        MODELS.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("llama3.2"))));
    }

    @Test
    void reachesGeminiWithItsKey() {
        Run run = doctor(
                Map.of(
                        "AURA_LLM_PROVIDER", "gemini",
                        "AURA_LLM_MODEL", "gemini-2.5-flash",
                        "AURA_LLM_BASE_URL", MODELS.baseUrl() + "/v1beta",
                        "AURA_LLM_API_KEY", "test-gemini-key"),
                DoctorCommandTest::served);

        assertThat(run.out()).containsPattern("model +PASS +gemini model gemini-2.5-flash answers");
        MODELS.verify(postRequestedFor(urlPathEqualTo("/v1beta/models/gemini-2.5-flash:generateContent"))
                .withHeader("x-goog-api-key", equalTo("test-gemini-key")));
    }

    @Test
    void aBrokenConfigurationFailsEveryCheckInOneLineAndExitsOne() {
        Map<String, String> env = Map.of(
                "AURA_DB_URL", "jdbc:postgresql://127.0.0.1:1/aura",
                "AURA_REDIS_URL", "redis://127.0.0.1:1",
                "AURA_LLM_PROVIDER", "openai",
                "AURA_LLM_MODEL", "llama3.2",
                "AURA_LLM_BASE_URL", "http://127.0.0.1:1/v1",
                "AURA_JWT_SECRET", "changeme",
                "AURA_JWKS_URL", "https://example.supabase.co/auth/v1/.well-known/jwks.json");

        Run run = doctor(env, DoctorCommandTest::builtWithAnotherModel);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("database +FAIL +cannot connect with AURA_DB_URL")
                .containsPattern("redis +FAIL +cannot reach AURA_REDIS_URL")
                .containsPattern("model +FAIL +openai model llama3.2 did not answer")
                .containsPattern("embeddings +FAIL +collection holistic_memory .*other-model.*bge-small-en-v1.5")
                .containsPattern("secrets +FAIL +AURA_JWT_SECRET is a placeholder")
                .containsPattern("issuer +FAIL +AURA_JWT_ISSUER must be set when AURA_JWKS_URL is")
                .contains("NOT READY: 6 checks failed (database, redis, model, embeddings, secrets, issuer)")
                .doesNotContain("\tat ");
    }

    @Test
    void aModelProviderWithoutItsModelFailsClearly() {
        Run run = doctor(Map.of("AURA_LLM_PROVIDER", "gemini"), DoctorCommandTest::served);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).containsPattern("model +FAIL +AURA_LLM_MODEL must name the gemini model to use");
    }

    @Test
    void theDevDefaultsAreReadyWithAWarningAboutTheDevSecret() {
        Run run = doctor(Map.of(), DoctorCommandTest::served);

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out())
                .containsPattern("model +PASS +offline composer answers")
                .containsPattern("secrets +WARN +dev secret in AURA_HOME")
                .contains("READY, with 1 warning");
    }

    private static CollectionReport served() {
        return new CollectionReport("holistic_memory", "bge-small-en-v1.5", 384, 120);
    }

    /** What opening a collection built with another model answers: the real compatibility check's refusal. */
    private static CollectionReport builtWithAnotherModel() {
        CollectionSpecs.requireCompatible(
                new CollectionSpec("holistic_memory", "other-model", 768),
                new CollectionSpec("holistic_memory", "bge-small-en-v1.5", 384),
                " (lucene)");
        return served();
    }

    private static java.util.Optional<String> machineService(String variable) {
        String value = System.getenv(variable);
        return (value == null || value.isBlank()) ? java.util.Optional.empty() : java.util.Optional.of(value);
    }

    private static Run doctor(Map<String, String> env, Supplier<CollectionReport> vector) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new DoctorCommand(env, vector, new PrintStream(out, true, StandardCharsets.UTF_8), Ansi.OFF).call();
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out) {}
}
