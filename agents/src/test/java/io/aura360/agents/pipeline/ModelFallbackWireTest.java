package io.aura360.agents.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.aura360.agents.pipeline.WireFixtures.hit;
import static io.aura360.agents.pipeline.WireFixtures.wire;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.aura360.agents.compose.OfflineGroundedComposer;
import io.aura360.agents.conversation.InMemoryConversationMemory;
import io.aura360.agents.model.ChatModels;
import io.aura360.agents.model.ModelEndpoint;
import io.aura360.agents.model.OfflineAdviceModel;
import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentProfile.Match;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.agents.AgentStep;
import io.aura360.contracts.agents.AgentStep.Retrieval;
import io.aura360.contracts.agents.UserContext;
import io.aura360.platform.breaker.CircuitBreakerProperties;
import io.aura360.platform.breaker.CircuitBreakers;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A hosted model that is down or hanging never fails the advice (the chaos run's {@code model-hang} fault ended
 * requests {@code MODEL_UNAVAILABLE}): the step is written by the offline composer from the same evidence, the
 * answer is flagged degraded and says why. The pipeline talks to an OpenAI-compatible server (WireMock).
 */
class ModelFallbackWireTest {

    private static final String COMPLETIONS = "/v1/chat/completions";

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final CircuitBreakers breakers = new CircuitBreakers(CircuitBreakerProperties.defaultsOnly());

    @Test
    void aModelAnswering503IsReplacedByTheOfflineComposerAndOnceItsBreakerIsOpenItIsNotCalled() {
        server.stubFor(post(urlPathEqualTo(COMPLETIONS))
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/json")
                        .withBody(wire("openai/error-503.json"))));
        AgentPipeline pipeline = pipeline(Duration.ofSeconds(5));

        assertDegradedOfflineAnswer(pipeline.run(request()), "(HTTP 503)");
        assertDegradedOfflineAnswer(pipeline.run(request()), "model");
        assertDegradedOfflineAnswer(pipeline.run(request()), "model");
        assertThat(breakers.breaker("model-openai", f -> true).getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int calls =
                server.findAll(postRequestedFor(urlPathEqualTo(COMPLETIONS))).size();

        AgentRunResult whileOpen = pipeline.run(request());

        assertDegradedOfflineAnswer(whileOpen, "circuit breaker is open");
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(COMPLETIONS))))
                .as("an open breaker does not call the model")
                .hasSize(calls);
    }

    @Test
    void aHangingModelTimesOutIntoTheOfflineComposer() {
        server.stubFor(post(urlPathEqualTo(COMPLETIONS))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(wire("openai/chat-completion-valid.json"))
                        .withFixedDelay(30_000)));

        AgentRunResult result = pipeline(Duration.ofMillis(300)).run(request());

        assertDegradedOfflineAnswer(result, "model unavailable");
    }

    private static void assertDegradedOfflineAnswer(AgentRunResult result, String cause) {
        assertThat(result.degraded()).isTrue();
        assertThat(result.payload().recommendations()).isNotEmpty();
        assertThat(result.payload().agentDiagnostics().model()).isEqualTo(OfflineGroundedComposer.MODEL);
        assertThat(result.payload().agentDiagnostics().safetyFlags())
                .contains(AgentPipeline.MODEL_FALLBACK_FLAG)
                .doesNotContain("degraded_evidence")
                .anySatisfy(flag ->
                        assertThat(flag).startsWith("model_fallback_cause:").contains(cause));
        assertThat(result.payload().summary().message()).contains("advice model is temporarily unavailable");
        assertThat(result.agentRuns())
                .singleElement()
                .satisfies(run -> assertThat(run.modelVersion()).isEqualTo(OfflineGroundedComposer.MODEL));
    }

    private AgentPipeline pipeline(Duration modelTimeout) {
        Clock clock = Clock.systemUTC();
        ModelEndpoint endpoint =
                new ModelEndpoint(server.baseUrl() + "/v1", "sk-test-key1", "gpt-4o-mini", modelTimeout);
        AdviceModels models = new AdviceModels(
                new OfflineAdviceModel(), "openai", ChatModels.openAiCompatibleAdvice(endpoint, clock, breakers));
        InMemoryEvidenceSearch search = new InMemoryEvidenceSearch()
                .add("mind", "en", hit("sleep#1", "Keep a regular bedtime to sleep better, even at weekends."))
                .add("mind", "en", hit("stress#3", "Slow breathing for five minutes lowers stress and tension."));
        return new AgentPipeline(search, models, new InMemoryConversationMemory(Duration.ofMinutes(5)), clock);
    }

    private static AgentRunRequest request() {
        AgentStep coach = new AgentStep(
                "stress_coach",
                "default",
                "advice",
                Map.of("en", "stress and sleep"),
                new Retrieval(List.of(), 4, 0.0),
                List.of("grounding"));
        return new AgentRunRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Category.MIND,
                "en",
                "free",
                "how can I sleep better with less stress",
                null,
                UserContext.empty(),
                Clock.systemUTC().instant().plusSeconds(20),
                List.of(new AgentProfile("mind", Category.MIND, 0, true, Match.EVERYONE, List.of(coach))),
                List.of());
    }
}
