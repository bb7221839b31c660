package io.aura360.vector.rerank;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import io.aura360.vector.store.IndexedChunk;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code /rerank} wire formats (Cohere/Jina, TEI) against recorded responses, and a failing reranker. */
class HttpRerankerTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final List<IndexedChunk> CANDIDATES = List.of(
            chunk("a#0", "Walk every day."),
            chunk("b#0", "Salt raises blood pressure."),
            chunk("c#0", "Sleep seven to nine hours."));

    @Test
    void sendsTheCohereBodyAndOrdersByRelevanceScore() {
        server.stubFor(post("/rerank").willReturn(okJson(recorded("cohere-rerank-response.json"))));

        List<IndexedChunk> ranked =
                reranker(HttpReranker.Format.COHERE, "rerank-v3.5").rerank("how long to sleep", CANDIDATES, 2);

        assertThat(ranked).extracting(IndexedChunk::sourceId).containsExactly("c#0", "a#0");
        assertThat(ranked.get(0).score()).isEqualTo(0.9826478f);
        server.verify(postRequestedFor(urlEqualTo("/rerank"))
                .withHeader("Authorization", equalTo("Bearer secret-key"))
                .withRequestBody(equalToJson("""
					{"model": "rerank-v3.5", "query": "how long to sleep", "top_n": 2,
					 "documents": ["Walk every day.", "Salt raises blood pressure.", "Sleep seven to nine hours."]}""")));
    }

    @Test
    void sendsTheTeiBodyAndKeepsTheTopK() {
        server.stubFor(post("/rerank").willReturn(okJson(recorded("tei-rerank-response.json"))));

        List<IndexedChunk> ranked = reranker(HttpReranker.Format.TEI, null).rerank("salt", CANDIDATES, 2);

        assertThat(ranked).extracting(IndexedChunk::sourceId).containsExactly("b#0", "c#0");
        server.verify(postRequestedFor(urlEqualTo("/rerank")).withRequestBody(equalToJson("""
				{"query": "salt", "texts": ["Walk every day.", "Salt raises blood pressure.", "Sleep seven to nine hours."]}""")));
    }

    @Test
    void reportsAServerErrorAsUnavailable() {
        server.stubFor(post("/rerank").willReturn(aResponse().withStatus(503).withBody("overloaded")));

        assertThatExceptionOfType(VectorServiceUnavailableException.class)
                .isThrownBy(() -> reranker(HttpReranker.Format.COHERE, null).rerank("salt", CANDIDATES, 2));
    }

    @Test
    void reportsASlowServerAsUnavailable() {
        server.stubFor(post("/rerank")
                .willReturn(okJson(recorded("cohere-rerank-response.json")).withFixedDelay(1500)));
        RerankProperties properties =
                new RerankProperties("http", null, server.baseUrl(), null, null, null, Duration.ofMillis(200));

        assertThatExceptionOfType(VectorServiceUnavailableException.class)
                .isThrownBy(() -> Rerankers.from(properties, null).orElseThrow().rerank("salt", CANDIDATES, 2));
    }

    @Test
    void refusesAnIndexOutsideTheCandidates() {
        server.stubFor(post("/rerank").willReturn(okJson("{\"results\": [{\"index\": 7, \"relevance_score\": 0.9}]}")));

        assertThatExceptionOfType(VectorServiceUnavailableException.class)
                .isThrownBy(() -> reranker(HttpReranker.Format.COHERE, null).rerank("salt", CANDIDATES, 2))
                .withMessageContaining("index 7");
    }

    private static Reranker reranker(HttpReranker.Format format, String model) {
        RerankProperties properties = new RerankProperties(
                "http", null, server.baseUrl(), model, "secret-key", format, Duration.ofSeconds(2));
        return Rerankers.from(properties, null).orElseThrow();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private static String recorded(String name) {
        try (InputStream in = HttpRerankerTest.class.getResourceAsStream("/wire/rerank/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static IndexedChunk chunk(String sourceId, String text) {
        return new IndexedChunk(sourceId, sourceId.substring(0, 1), null, "t", text, 0.5f);
    }
}
