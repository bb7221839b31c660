package io.aura360.agents.guardrail;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.aura360.agents.model.ChatModelSafetyClassifier;
import io.aura360.agents.model.ChatModels;
import io.aura360.agents.model.ModelEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The hosted safety classifier as the detector's last layer, against the OpenAI-compatible wire (WireMock). */
class SafetyModelLayerTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final CrisisDetector lexicon = CrisisDetector.lexicon();

    private CrisisDetector withModel(Duration timeout) {
        ModelEndpoint endpoint =
                new ModelEndpoint(SERVER.baseUrl() + "/v1", "sk-test-key1", "gpt-4o-mini", Duration.ofSeconds(5));
        return lexicon.withModel(new ChatModelSafetyClassifier(ChatModels.openAiCompatible(endpoint), timeout));
    }

    @Test
    void theModelRaisesWhatTheOfflineLayersMissedAskingForTheSchema() throws IOException {
        SERVER.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(json(200, wire("safety-high"))));

        CrisisAssessment found = withModel(Duration.ofSeconds(2)).assess("I put the spare tablets in a tin");

        assertThat(found.level()).isEqualTo(CrisisRisk.HIGH);
        assertThat(found.category()).isEqualTo("preparatory");
        assertThat(found.signals()).containsExactly("model:preparatory");
        SERVER.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema"))));
    }

    @Test
    void aServerErrorLeavesTheOfflineFindingAndRecordsTheModelAsUnavailable() {
        SERVER.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(json(500, "{}")));

        CrisisAssessment found = withModel(Duration.ofSeconds(2)).assess("I want to kill myself");

        assertThat(found.level()).isEqualTo(CrisisRisk.HIGH);
        assertThat(found.diagnostics()).containsExactly(SafetyModelLayer.UNAVAILABLE);
    }

    @Test
    void aSlowModelIsAbandonedAtTheTimeoutAndTheRequestGoesOn() {
        SERVER.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .willReturn(json(200, "{}").withFixedDelay(3_000)));

        long started = System.nanoTime();
        CrisisAssessment found = withModel(Duration.ofMillis(200)).assess("Just a normal day, tips for sleep?");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(found.risk()).isFalse();
        assertThat(found.diagnostics()).containsExactly(SafetyModelLayer.UNAVAILABLE);
    }

    @Test
    void theModelNeverLowersAnOfflineFinding() {
        SERVER.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .willReturn(json(200, wireWithContent("{\"risk\":\"none\",\"category\":\"none\"}"))));

        CrisisAssessment found = withModel(Duration.ofSeconds(2)).assess("Quiero matarme");

        assertThat(found.level()).isEqualTo(CrisisRisk.HIGH);
        assertThat(found.diagnostics()).isEmpty();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private static String wire(String name) throws IOException {
        try (InputStream in =
                SafetyModelLayerTest.class.getResourceAsStream("/wire/openai/chat-completion-" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String wireWithContent(String content) {
        try {
            return wire("safety-high")
                    .replace(
                            "{\\\"risk\\\": \\\"high\\\", \\\"category\\\": \\\"preparatory\\\"}",
                            content.replace("\"", "\\\""));
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
