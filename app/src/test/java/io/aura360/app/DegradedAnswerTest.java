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
import io.aura360.contracts.agents.AgentProfileDirectory;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.agents.UserContext;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.FallbackEvidence;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
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
 * With the vector service down, the agents answer from the fallback evidence kept in PostgreSQL (warmed from the
 * knowledge base at start, refreshed by good answers), and say so; without any kept evidence they fail as
 * recoverable. An embedding model that cannot embed the query (Gemini answering 503) counts as the vector service
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
    AgentProfileDirectory profiles;

    @Test
    void answersFromTheWarmedFallbackEvidenceAndFlagsTheAnswer() {
        AgentRunResult result = pipeline(fallback).run(request(Category.SOUL, "es"));

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
        FallbackEvidence empty = new FallbackEvidence() {

            @Override
            public List<io.aura360.contracts.vector.EvidenceHit> recent(String category, String locale, int limit) {
                return List.of();
            }

            @Override
            public void remember(
                    String category, String locale, List<io.aura360.contracts.vector.EvidenceHit> evidence) {}
        };

        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> pipeline(empty).run(request(Category.MIND, "en")))
                .satisfies(ex -> {
                    assertThat(ex.errorType()).isEqualTo(ErrorType.VECTOR_SERVICE_UNAVAILABLE);
                    assertThat(ex.recoverable()).isTrue();
                });
    }

    @Test
    void anEmbeddingOutageInProcessGivesTheDegradedAnswer() {
        AgentRunResult result = pipeline(new HybridEvidenceSearch(serving, geminiDown()), fallback)
                .run(request(Category.SOUL, "es"));

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

        AgentRunResult result = pipeline(remote, fallback).run(request(Category.MIND, "en"));

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

    private AgentPipeline pipeline(FallbackEvidence evidence) {
        return pipeline(DOWN, evidence);
    }

    private AgentPipeline pipeline(EvidenceSearch search, FallbackEvidence evidence) {
        return new AgentPipeline(
                profiles,
                search,
                AdviceModels.offlineOnly(new OfflineAdviceModel()),
                new InMemoryConversationMemory(Duration.ofMinutes(5)),
                Clock.systemUTC(),
                evidence);
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

    private static AgentRunRequest request(Category category, String locale) {
        return new AgentRunRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                category,
                locale,
                "free",
                null,
                null,
                UserContext.empty(),
                Instant.now().plusSeconds(10));
    }
}
