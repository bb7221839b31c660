package io.aura360.app;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.aura360.agents.conversation.InMemoryConversationMemory;
import io.aura360.agents.model.OfflineAdviceModel;
import io.aura360.agents.pipeline.AdviceModels;
import io.aura360.agents.pipeline.AgentPipeline;
import io.aura360.agents.remote.HttpEvidenceSearch;
import io.aura360.contracts.Category;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.agents.UserContext;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import io.aura360.gateway.agentprofile.AgentRunInputs;
import io.aura360.gateway.fallback.FallbackEvidence;
import io.aura360.vector.api.VectorSearchController;
import io.aura360.vector.embedding.GeminiEmbeddingProvider;
import io.aura360.vector.search.HybridEvidenceSearch;
import io.aura360.vector.store.ServingCollection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.client.RestClient;

/**
 * With the vector service down, the agents answer from the fallback evidence the gateway keeps in PostgreSQL
 * (warmed from the knowledge base at start, refreshed by good answers) and sends with each run, and say so;
 * without any evidence in the run they fail as recoverable. An embedding model that cannot embed the query (Gemini answering 503) counts as the vector service
 * being down, in process and over HTTP.
 */
class DegradedAnswerTest extends FullStackTest {

    private static final EvidenceSearch DOWN = request -> {
        throw new VectorServiceUnavailableException("vector service down (test)", null);
    };

    @RegisterExtension
    static WireMockExtension gemini = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static WireMockExtension vectorService = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Autowired
    FallbackEvidence fallback;

    @Autowired
    ServingCollection serving;

    @Autowired
    AgentRunInputs runInputs;

    @Test
    void answersFromTheWarmedFallbackEvidenceAndFlagsTheAnswer() {
        AgentRunResult result = pipeline().run(request(Category.SOUL, "es"));

        assertThat(result.degraded()).isTrue();
        assertThat(result.payload().agentDiagnostics().safetyFlags()).contains("degraded_evidence");
        assertThat(result.payload().summary().message()).contains("fuentes guardadas");
        assertThat(result.payload().sources())
                .isNotEmpty()
                .allSatisfy(source -> assertThat(source.sourceId()).startsWith("soul-es-"));
        Set<String> sources =
                result.payload().sources().stream().map(s -> s.sourceId()).collect(Collectors.toSet());
        assertThat(result.payload().recommendations())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(sources).containsAll(r.evidenceIds()));
        assertThat(result.agentRuns())
                .allSatisfy(run ->
                        assertThat(run.vectorQueries().get(0).collectionName()).isEqualTo("fallback_evidence"));
    }

    @Test
    void failsAsRecoverableWhenNoEvidenceIsKept() {
        AgentRunRequest request = new AgentRunRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Category.MIND,
                "en",
                "free",
                null,
                null,
                UserContext.empty(),
                Instant.now().plusSeconds(10),
                runInputs.resolve(Category.MIND, "en").profiles(),
                List.of());

        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> pipeline().run(request))
                .satisfies(ex -> {
                    assertThat(ex.errorType()).isEqualTo(ErrorType.VECTOR_SERVICE_UNAVAILABLE);
                    assertThat(ex.recoverable()).isTrue();
                });
    }

    @Test
    void theGatewaySendsASmallSliceOfTheCategorysAndLanguagesEvidence() {
        AgentRunInputs.Resolved inputs = runInputs.resolve(Category.SOUL, "es-MX");

        assertThat(inputs.profiles()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.category()).isEqualTo(Category.SOUL);
            assertThat(p.enabled()).isTrue();
        });
        int largestTopK = inputs.profiles().stream()
                .flatMap(p -> p.pipeline().stream())
                .mapToInt(step -> step.retrieval().topK())
                .max()
                .orElseThrow();
        assertThat(inputs.fallbackEvidence())
                .hasSize(largestTopK)
                .allSatisfy(hit -> assertThat(hit.docId()).startsWith("soul-es-"));
    }

    @Test
    void anEmbeddingOutageInProcessGivesTheDegradedAnswer() {
        AgentRunResult result =
                pipeline(new HybridEvidenceSearch(serving, geminiDown())).run(request(Category.SOUL, "es"));

        assertThat(result.degraded()).isTrue();
        assertThat(result.payload().sources()).isNotEmpty();
        assertThat(result.agentRuns())
                .allSatisfy(run ->
                        assertThat(run.vectorQueries().get(0).collectionName()).isEqualTo("fallback_evidence"));
    }

    /** The vector service's own answer during the outage, relayed to the agents over HTTP, is degraded on too. */
    @Test
    void anEmbeddingOutageInTheVectorServiceGivesTheDegradedAnswerOverHttp() throws Exception {
        MockMvc service = MockMvcBuilders.standaloneSetup(
                        new VectorSearchController(new HybridEvidenceSearch(serving, geminiDown()), serving))
                .build();
        MockHttpServletResponse answer = service.perform(MockMvcRequestBuilders.post("/vector/v1/search")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"query\": \"calma\", \"top_k\": 3}"))
                .andReturn()
                .getResponse();
        assertThat(answer.getStatus()).isEqualTo(503);
        vectorService.stubFor(WireMock.post("/vector/v1/search")
                .willReturn(WireMock.aResponse()
                        .withStatus(answer.getStatus())
                        .withHeader("Content-Type", answer.getContentType())
                        .withBody(answer.getContentAsString())));
        EvidenceSearch remote = HttpEvidenceSearch.create(
                RestClient.builder(),
                vectorService.baseUrl(),
                "degraded-test-service-key-0123456789",
                Duration.ofSeconds(5),
                null,
                Clock.systemUTC());

        AgentRunResult result = pipeline(remote).run(request(Category.MIND, "en"));

        assertThat(result.degraded()).isTrue();
        assertThat(result.payload().agentDiagnostics().safetyFlags()).contains("degraded_evidence");
    }

    @Test
    void goodAnswersRefreshTheFallbackEvidence() {
        UUID user = UUID.randomUUID();
        advice(user, token(user), "body", "{\"locale\": \"en\", \"message\": \"how much salt is too much\"}");

        assertThat(fallback.recent("body", "en", 30))
                .extracting(hit -> hit.docId())
                .anyMatch(id -> id.contains("salt"));
    }

    private static AgentPipeline pipeline() {
        return pipeline(DOWN);
    }

    private static AgentPipeline pipeline(EvidenceSearch search) {
        return new AgentPipeline(
                search,
                AdviceModels.offlineOnly(new OfflineAdviceModel()),
                new InMemoryConversationMemory(Duration.ofMinutes(5)),
                Clock.systemUTC());
    }

    /** Gemini embeddings (768 dimensions) while Google answers every call with 503 UNAVAILABLE. */
    private static GeminiEmbeddingProvider geminiDown() {
        gemini.stubFor(
                WireMock.post(WireMock.urlPathMatching("/v1beta/models/.*:batchEmbedContents"))
                        .willReturn(
                                WireMock.aResponse()
                                        .withStatus(503)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"error\": {\"code\": 503, \"message\": \"The model is overloaded.\", \"status\": \"UNAVAILABLE\"}}")));
        return new GeminiEmbeddingProvider(new GeminiEmbeddingProvider.Settings(
                "test-key", null, gemini.baseUrl() + "/v1beta", 768, Duration.ofSeconds(5)));
    }

    /** A run as the gateway sends it: with the category's profiles and its kept evidence in that language. */
    private AgentRunRequest request(Category category, String locale) {
        AgentRunInputs.Resolved inputs = runInputs.resolve(category, locale);
        return new AgentRunRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                category,
                locale,
                "free",
                null,
                null,
                UserContext.empty(),
                Instant.now().plusSeconds(10),
                inputs.profiles(),
                inputs.fallbackEvidence());
    }
}
