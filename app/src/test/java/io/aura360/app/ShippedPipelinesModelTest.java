package io.aura360.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.aura360.agents.AgentsConfiguration;
import io.aura360.agents.LlmProperties;
import io.aura360.agents.conversation.InMemoryConversationMemory;
import io.aura360.agents.pipeline.AdviceModels;
import io.aura360.agents.pipeline.AgentPipeline;
import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.agents.UserContext;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.gateway.agentprofile.AgentRunInputs;
import io.aura360.platform.breaker.CircuitBreakers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shipped mind, body and soul pipelines name the {@code default} model (V27), so {@code AURA_LLM_PROVIDER}
 * alone selects who answers: the offline composer when no provider is configured (this application's setting),
 * the hosted model (OpenAI-compatible or Gemini, their wire formats served locally) when one is. The models are
 * built by the same configuration method the application runs.
 */
class ShippedPipelinesModelTest extends FullStackTest {

    private static final Set<String> SHIPPED = Set.of("mind-default", "body-default", "soul-default");

    @RegisterExtension
    static WireMockExtension provider = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Autowired
    AgentRunInputs runInputs;

    @Autowired
    EvidenceSearch search;

    @Autowired
    Tracer tracer;

    @Autowired
    MeterRegistry meters;

    @Autowired
    CircuitBreakers breakers;

    @Test
    void everyStepOfTheShippedPipelinesNamesTheDefaultModel() {
        List<String> models = jdbc.sql("""
				select step ->> 'model' from holistic_agent_profiles, jsonb_array_elements(pipeline) step
				where name in ('mind-default', 'body-default', 'soul-default')""").query(String.class).list();

        assertThat(models).hasSize(7).containsOnly("default");
    }

    @Test
    void withoutAProviderTheOfflineComposerAnswersTheShippedPipeline() {
        UUID user = UUID.randomUUID();

        Response answer = advice(user, token(user), "body", "{\"locale\": \"en\", \"message\": \"I sleep badly\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("response").path("recommendations").size())
                .isPositive();
        assertThat(answer.json()
                        .path("response")
                        .path("agent_diagnostics")
                        .path("model")
                        .asString())
                .isEqualTo("offline-grounded-composer/1.0");
    }

    @Test
    void anOpenAiCompatibleProviderAnswersTheShippedPipelineWhenConfigured() {
        provider.stubFor(WireMock.post(urlPathEqualTo("/v1/chat/completions"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(OPENAI_ANSWER)));
        AdviceModels models = new AgentsConfiguration()
                .adviceModels(
                        new LlmProperties(
                                "openai",
                                provider.baseUrl() + "/v1",
                                "llama3.2",
                                "sk-shipped-test",
                                Duration.ofSeconds(5)),
                        Clock.systemUTC(),
                        tracer,
                        meters,
                        breakers);

        AgentRunResult result = pipeline(models).run(shippedRun(Category.MIND));

        provider.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer sk-shipped-test"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("llama3.2"))));
        assertThat(result.agentRuns())
                .hasSize(2)
                .allSatisfy(run -> assertThat(run.modelVersion()).isEqualTo("openai/llama3.2"));
        assertThat(result.payload().agentDiagnostics().model()).isEqualTo("openai/llama3.2");
    }

    @Test
    void geminiAnswersTheShippedPipelineWhenConfigured() {
        provider.stubFor(WireMock.post(urlPathEqualTo("/v1beta/models/gemini-2.5-flash:generateContent"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(GEMINI_ANSWER)));
        AdviceModels models = new AgentsConfiguration()
                .adviceModels(
                        new LlmProperties(
                                "gemini",
                                provider.baseUrl() + "/v1beta",
                                "gemini-2.5-flash",
                                "shipped-gemini-key",
                                Duration.ofSeconds(5)),
                        Clock.systemUTC(),
                        tracer,
                        meters,
                        breakers);

        AgentRunResult result = pipeline(models).run(shippedRun(Category.SOUL));

        provider.verify(postRequestedFor(urlPathEqualTo("/v1beta/models/gemini-2.5-flash:generateContent"))
                .withHeader("x-goog-api-key", equalTo("shipped-gemini-key")));
        assertThat(result.agentRuns())
                .isNotEmpty()
                .allSatisfy(run -> assertThat(run.modelVersion()).isEqualTo("gemini/gemini-2.5-flash"));
    }

    private AgentPipeline pipeline(AdviceModels models) {
        return new AgentPipeline(
                search, models, new InMemoryConversationMemory(Duration.ofMinutes(5)), Clock.systemUTC());
    }

    /** A run with the category's shipped profile only (other tests may add profiles to the shared database). */
    private AgentRunRequest shippedRun(Category category) {
        AgentRunInputs.Resolved inputs = runInputs.resolve(category, "en");
        List<AgentProfile> shipped = inputs.profiles().stream()
                .filter(p -> SHIPPED.contains(p.name()))
                .toList();
        assertThat(shipped).hasSize(1);
        return new AgentRunRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                category,
                "en",
                "free",
                "how can I feel better this week",
                null,
                UserContext.empty(),
                Instant.now().plusSeconds(30),
                shipped,
                inputs.fallbackEvidence());
    }

    private static final String ADVICE_JSON = """
			{"summary": {"title": "Your plan", "message": "Small steps for this week."},
			 "recommendations": [{"type": "coach", "description": "Take a short walk after lunch.", "confidence": 0.7,
			   "evidence_ids": ["not-retrieved#1"]}],
			 "follow_up": []}""";

    private static final String OPENAI_ANSWER = """
			{"id": "chatcmpl-shipped", "object": "chat.completion", "created": 1764900000, "model": "llama3.2",
			 "choices": [{"index": 0, "finish_reason": "stop",
			   "message": {"role": "assistant", "content": %s}}],
			 "usage": {"prompt_tokens": 300, "completion_tokens": 60, "total_tokens": 360}}""".formatted(quoted(ADVICE_JSON));

    private static final String GEMINI_ANSWER = """
			{"candidates": [{"content": {"role": "model", "parts": [{"text": %s}]}, "finishReason": "STOP", "index": 0}],
			 "usageMetadata": {"promptTokenCount": 300, "candidatesTokenCount": 60, "totalTokenCount": 360},
			 "modelVersion": "gemini-2.5-flash"}""".formatted(quoted(ADVICE_JSON));

    private static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }
}
