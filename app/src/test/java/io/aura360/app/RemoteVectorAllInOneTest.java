package io.aura360.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.aura360.contracts.ServiceKeys;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.vector.store.KnowledgeStore;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The all-in-one process with {@code AURA_VECTOR_URL} set: gateway and agents here, the vector service there (its
 * wire format, served locally). It starts, searches only over HTTP with the service key, and opens no collection.
 */
class RemoteVectorAllInOneTest extends FullStackTest {

    static final WireMockServer VECTOR = startVector();

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void remoteVector(DynamicPropertyRegistry registry) {
        registry.add("aura.vector.url", VECTOR::baseUrl);
        // A context of its own: without its own database it would start a second embedded PostgreSQL on the
        // shared test home's data directory while the other full-stack tests' context still holds it.
        TestDatabase.ownUnlessExternal(registry);
    }

    @AfterAll
    static void stopVector() {
        VECTOR.stop();
    }

    @Test
    void searchesTheRemoteVectorServiceAndKeepsNoCollectionInProcess() {
        assertThat(context.getBeansOfType(EvidenceSearch.class)).containsOnlyKeys("httpEvidenceSearch");
        assertThat(context.getBeansOfType(KnowledgeStore.class)).isEmpty();

        UUID user = UUID.randomUUID();
        Response response = advice(user, token(user), "mind", "{\"locale\": \"en\", \"message\": \"I feel stressed\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode sources = response.json().path("response").path("sources");
        assertThat(sources.size()).isPositive();
        assertThat(sources.get(0).path("source_id").asString()).isEqualTo("remote-mind-en-1#0");
        VECTOR.verify(postRequestedFor(urlEqualTo("/vector/v1/search"))
                .withHeader(ServiceKeys.HEADER, equalTo(SERVICE_KEY))
                .withRequestBody(matchingJsonPath("$.filters.category", equalTo("mind")))
                .withRequestBody(matchingJsonPath("$.group_by", equalTo("document"))));
    }

    private static WireMockServer startVector() {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(WireMock.post(urlEqualTo("/vector/v1/search"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"collection": "holistic_memory", "embedding_model": "bge-small-en-v1.5",
                                 "results": [{"source_id": "remote-mind-en-1#0", "doc_id": "remote-mind-en-1",
                                   "url": "https://example.org/breathing",
                                   "chunk": "Slow breathing with a longer exhale lowers stress within minutes.",
                                   "score": 0.91}]}""")));
        return server;
    }
}
