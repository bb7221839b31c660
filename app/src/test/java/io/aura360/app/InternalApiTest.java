package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.aura360.agents.conversation.ConversationMemory;
import io.aura360.agents.remote.HttpEvidenceSearch;
import io.aura360.contracts.Category;
import io.aura360.contracts.DeadlineHeader;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.ServiceKeys;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.agents.UserContext;
import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.SearchFilters;
import io.aura360.contracts.vector.SearchGrouping;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.contracts.vector.VectorQueryRejectedException;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import io.aura360.gateway.agentprofile.AgentRunInputs;
import io.aura360.gateway.agents.HttpAdviceAgents;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.client.RestClient;

/**
 * The internal APIs (agents, vector) over real HTTP with the service key, and the HTTP adapters that the services
 * use when deployed apart, pointed at them. Calls run one way: the gateway has no internal API for the agents.
 */
class InternalApiTest extends FullStackTest {

    /** A run for the body category as the gateway sends it; %s: request id, user id, profiles. */
    private static final String RUN = """
			{"request_id": "%s", "user_id": "%s", "category": "body", "locale": "en", "tier": "free",
			 "message": "how can I sleep better", "session_id": null,
			 "context": {"profile": {}, "medical_flags": [], "habits": [], "biometrics": {}, "recent_responses": [],
			             "preferences": {}}, "deadline": null, "profiles": %s, "fallback_evidence": []}""";

    @Autowired
    AgentRunInputs runInputs;

    @Autowired
    ConversationMemory conversations;

    @Test
    void theAgentsServiceAnswersARunForTheServiceKeyOnly() {
        String body = run();

        Response ok = internal("POST", "/agents/v1/runs", SERVICE_KEY, null, body);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().path("payload").path("recommendations").size()).isPositive();
        assertThat(ok.json().path("agent_runs").size()).isEqualTo(3);

        assertThat(internal("POST", "/agents/v1/runs", null, null, body).status())
                .isEqualTo(401);
        assertThat(internal("POST", "/agents/v1/runs", "wrong-key-wrong-key-wrong-key", null, body)
                        .status())
                .isEqualTo(401);
        UUID user = UUID.randomUUID();
        assertThat(internal("POST", "/agents/v1/runs", null, token(user), body).status())
                .as("a user token is not a service identity")
                .isEqualTo(401);
        assertThat(internal("POST", "/agents/v1/runs", SERVICE_KEY, token(user), body)
                        .status())
                .as("nor may it ride along with the key")
                .isEqualTo(401);
    }

    @Test
    void theAgentsForgetAUsersMemoryForTheServiceKeyOnly() {
        UUID user = UUID.randomUUID();
        conversations.append(user, "s1", new ConversationMemory.Turn("user", "remember me"));
        String path = "/agents/v1/users/" + user + "/memory";

        assertThat(internal("DELETE", path, null, null, null).status()).isEqualTo(401);
        assertThat(internal("DELETE", path, null, token(user), null).status())
                .as("a user token is not a service identity, not even its own user's")
                .isEqualTo(401);
        assertThat(internal("DELETE", path, SERVICE_KEY, token(user), null).status())
                .isEqualTo(401);
        assertThat(conversations.recent(user, "s1")).isNotEmpty();

        assertThat(internal("DELETE", path, SERVICE_KEY, null, null).status()).isEqualTo(204);
        assertThat(conversations.recent(user, "s1")).isEmpty();
        assertThat(internal("DELETE", path, SERVICE_KEY, null, null).status()).isEqualTo(204);

        Response malformed = internal("DELETE", "/agents/v1/users/not-a-uuid/memory", SERVICE_KEY, null, null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().path("type").asString()).isEqualTo("https://aura360.io/problems/malformed-request");
    }

    @Test
    void theGatewayAsksTheAgentsServiceToForgetAUserOverHttp() {
        UUID user = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        conversations.append(user, "s1", new ConversationMemory.Turn("user", "forget me"));
        conversations.append(other, "s1", new ConversationMemory.Turn("user", "keep me"));

        new HttpAdviceAgents(URI.create(baseUrl()), SERVICE_KEY, JSON, Clock.systemUTC(), RestClient.builder(), null)
                .forgetUser(user);

        assertThat(conversations.recent(user, "s1")).isEmpty();
        assertThat(conversations.recent(other, "s1")).isNotEmpty();
        HttpAdviceAgents wrongKey = new HttpAdviceAgents(
                URI.create(baseUrl()),
                "not-the-key-not-the-key-123",
                JSON,
                Clock.systemUTC(),
                RestClient.builder(),
                null);
        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> wrongKey.forgetUser(other))
                .satisfies(ex -> assertThat(ex.recoverable()).isFalse());
        HttpAdviceAgents down = new HttpAdviceAgents(
                URI.create("http://127.0.0.1:9"), SERVICE_KEY, JSON, Clock.systemUTC(), RestClient.builder(), null);
        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> down.forgetUser(other))
                .satisfies(ex -> assertThat(ex.recoverable()).isTrue());
        assertThat(conversations.recent(other, "s1")).isNotEmpty();
    }

    @Test
    void theAgentsStopAtTheCallersRemainingBudgetWhateverTheBodySays() {
        String body = run().replace(
                        "\"deadline\": null", "\"deadline\": \"" + Instant.now().plusSeconds(60) + "\"");

        Response late = send(request("/agents/v1/runs")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header(ServiceKeys.HEADER, SERVICE_KEY)
                .header(DeadlineHeader.HEADER, "0"));

        assertThat(late.status()).as(late.body()).isEqualTo(503);
        assertThat(late.json().path("error_type").asString()).isEqualTo("DEADLINE_EXCEEDED");
        assertThat(late.json().path("recoverable").asBoolean()).isTrue();
    }

    @Test
    void theGatewayHasNoInternalApiForTheAgentsToCallBack() {
        String user = token(UUID.randomUUID());
        for (String removed : List.of(
                "/internal/v1/fallback-evidence?category=mind&locale=en&limit=3",
                "/internal/v1/agent-profiles?category=mind")) {
            assertThat(internal("GET", removed, SERVICE_KEY, null, null).status())
                    .as("the service key opens nothing on the gateway: " + removed)
                    .isEqualTo(401);
            Response gone = internal("GET", removed, null, user, null);
            assertThat(gone.status()).as(removed + ": " + gone.body()).isEqualTo(404);
        }
    }

    @Test
    void theVectorInternalApiRequiresTheKeyToo() {
        Response search = internal(
                "POST",
                "/vector/v1/search",
                SERVICE_KEY,
                null,
                "{\"query\": \"sleep\", \"top_k\": 3, \"filters\": {\"category\": \"body\", \"locale\": \"en\"}}");
        assertThat(search.status()).as(search.body()).isEqualTo(200);
        assertThat(search.json().path("results").size()).isEqualTo(3);
        assertThat(internal("GET", "/vector/v1/collections", SERVICE_KEY, null, null)
                        .json()
                        .get(0)
                        .path("dimension")
                        .asInt())
                .isEqualTo(384);
        assertThat(internal("POST", "/vector/v1/search", null, null, "{}").status())
                .isEqualTo(401);
        assertThat(internal("POST", "/vector/v1/search", null, token(UUID.randomUUID()), "{}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theHttpEvidenceSearchFindsWhatTheInProcessSearchFinds() {
        SearchResponse found = search(baseUrl(), SERVICE_KEY)
                .search(new SearchRequest(
                        "how much salt per day", 3, null, new SearchFilters("body", "en", null, null)));

        assertThat(found.embeddingModel()).startsWith("bge-small-en-v1.5");
        assertThat(found.results())
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.docId()).startsWith("body-en-"));
        assertThat(found.results().get(0).docId()).contains("salt");
    }

    @Test
    void neighbouringChunksComeBackOverHttpFromTheSameDocument() {
        SearchResponse found = search(baseUrl(), SERVICE_KEY)
                .search(new SearchRequest(
                        "sleep hygiene for adults", 5, null, SearchFilters.NONE, SearchGrouping.DOCUMENT, 1));

        assertThat(found.results())
                .as("the starter knowledge has documents of several chunks")
                .anySatisfy(hit -> assertThat(hit.context()).isNotEmpty());
        for (EvidenceHit hit : found.results()) {
            assertThat(hit.context()).allSatisfy(around -> {
                assertThat(around.sourceId()).startsWith(hit.docId() + "#").isNotEqualTo(hit.sourceId());
                assertThat(around.offset()).isIn(-1, 1);
                assertThat(around.chunk()).isNotBlank();
            });
        }
    }

    @Test
    void theHttpAdaptersFailTheWayTheirCallersExpect() {
        SearchRequest request = new SearchRequest("sleep", 3, null, null);
        assertThatExceptionOfType(VectorServiceUnavailableException.class)
                .isThrownBy(() -> search("http://127.0.0.1:9", SERVICE_KEY).search(request));
        assertThatExceptionOfType(VectorQueryRejectedException.class)
                .isThrownBy(
                        () -> search(baseUrl(), "not-the-key-not-the-key-123").search(request))
                .satisfies(ex -> assertThat(ex.errorType()).isEqualTo(ErrorType.VECTOR_SERVICE_KEY_REJECTED));
    }

    @Test
    void theGatewayReachesTheAgentsServiceOverHttp() {
        HttpAdviceAgents agents = new HttpAdviceAgents(
                URI.create(baseUrl()), SERVICE_KEY, JSON, Clock.systemUTC(), RestClient.builder(), null);
        AgentRunRequest request = runRequest(Category.MIND, "es");

        AgentRunResult result = agents.run(request);

        assertThat(result.payload().sources())
                .isNotEmpty()
                .allSatisfy(source -> assertThat(source.sourceId()).startsWith("mind-es-"));
        assertThat(PayloadSchema.violations(JSON.writeValueAsString(result.payload())))
                .isEmpty();

        HttpAdviceAgents wrongKey = new HttpAdviceAgents(
                URI.create(baseUrl()),
                "not-the-key-not-the-key-123",
                JSON,
                Clock.systemUTC(),
                RestClient.builder(),
                null);
        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> wrongKey.run(request))
                .satisfies(ex -> assertThat(ex.recoverable()).isFalse());
        HttpAdviceAgents down = new HttpAdviceAgents(
                URI.create("http://127.0.0.1:9"), SERVICE_KEY, JSON, Clock.systemUTC(), RestClient.builder(), null);
        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> down.run(request))
                .satisfies(ex -> assertThat(ex.recoverable()).isTrue());
    }

    @Test
    void aFailedRunKeepsItsErrorTypeAcrossHttp() {
        jdbc.sql("update holistic_agent_profiles set enabled = false where category = 'soul'")
                .update();
        try {
            HttpAdviceAgents agents = new HttpAdviceAgents(
                    URI.create(baseUrl()), SERVICE_KEY, JSON, Clock.systemUTC(), RestClient.builder(), null);
            AgentRunRequest request = runRequest(Category.SOUL, "en");
            assertThatExceptionOfType(AgentRunException.class)
                    .isThrownBy(() -> agents.run(request))
                    .satisfies(ex -> {
                        assertThat(ex.errorType()).isEqualTo(ErrorType.NO_AGENT_PROFILE);
                        assertThat(ex.recoverable()).isFalse();
                    });
        } finally {
            jdbc.sql("update holistic_agent_profiles set enabled = true where category = 'soul'")
                    .update();
        }
    }

    private static HttpEvidenceSearch search(String baseUrl, String key) {
        return HttpEvidenceSearch.create(
                RestClient.builder(), baseUrl, key, Duration.ofSeconds(10), null, Clock.systemUTC());
    }

    /** A run as the gateway builds it: the category's enabled profiles and fallback evidence, resolved now. */
    private AgentRunRequest runRequest(Category category, String locale) {
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

    private String run() {
        return RUN.formatted(
                UUID.randomUUID(),
                UUID.randomUUID(),
                JSON.writeValueAsString(runInputs.resolve(Category.BODY, "en").profiles()));
    }
}
