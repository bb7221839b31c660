package io.aura360.vector.embedding;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gemini embeddings against the recorded wire format of {@code batchEmbedContents}: request shape and task types,
 * batching, retry of 429, and every failure (500, timeout, malformed or short answers) ending in an exception,
 * never in a vector.
 */
class GeminiEmbeddingProviderTest {

    private static final String BATCH = "/v1beta/models/gemini-embedding-001:batchEmbedContents";

    private static final String KEY = "test-key";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final WireMockExtension gemini = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Test
    void embedsPassagesAsRetrievalDocumentsInOneBatchCall() {
        gemini.stubFor(post(urlEqualTo(BATCH)).willReturn(okJson(recorded())));

        List<float[]> vectors = provider().embedDocuments(List.of("Sleep seven hours.", "Walk every day."));

        assertThat(vectors).hasSize(2).allSatisfy(v -> {
            assertThat(v).hasSize(3072);
            assertThat(norm(v)).isCloseTo(1.0, within(1e-4));
        });
        assertThat(vectors.get(0)).isNotEqualTo(vectors.get(1));
        gemini.verify(
                1,
                postRequestedFor(urlEqualTo(BATCH))
                        .withHeader("x-goog-api-key", equalTo(KEY))
                        .withRequestBody(
                                matchingJsonPath("$.requests[0].model", equalTo("models/gemini-embedding-001")))
                        .withRequestBody(
                                matchingJsonPath("$.requests[0].content.parts[0].text", equalTo("Sleep seven hours.")))
                        .withRequestBody(
                                matchingJsonPath("$.requests[1].content.parts[0].text", equalTo("Walk every day.")))
                        .withRequestBody(matchingJsonPath("$.requests[0].taskType", equalTo("RETRIEVAL_DOCUMENT")))
                        .withRequestBody(matchingJsonPath("$.requests[1].outputDimensionality", equalTo("3072"))));
    }

    @Test
    void embedsQueriesAsRetrievalQueries() {
        gemini.stubFor(post(urlEqualTo(BATCH)).willReturn(okJson(response(1))));

        float[] vector = provider().embedQuery("how do I sleep better");

        assertThat(vector).hasSize(3072);
        gemini.verify(postRequestedFor(urlEqualTo(BATCH))
                .withRequestBody(matchingJsonPath("$.requests[0].taskType", equalTo("RETRIEVAL_QUERY")))
                .withRequestBody(
                        matchingJsonPath("$.requests[0].content.parts[0].text", equalTo("how do I sleep better"))));
    }

    @Test
    void splitsLargeInputsIntoBatchesOfAtMostOneHundred() {
        gemini.stubFor(post(urlEqualTo(BATCH))
                .withRequestBody(matchingJsonPath("$.requests[99]"))
                .willReturn(okJson(response(100))));
        gemini.stubFor(post(urlEqualTo(BATCH))
                .withRequestBody(matchingJsonPath("$.requests.length()", equalTo("30")))
                .willReturn(okJson(response(30))));

        List<float[]> vectors = provider()
                .embedDocuments(
                        IntStream.range(0, 130).mapToObj(i -> "passage " + i).toList());

        assertThat(vectors).hasSize(130);
        gemini.verify(
                2,
                postRequestedFor(urlEqualTo(BATCH))
                        .withRequestBody(matchingJsonPath("$.requests[0].content.parts[0].text", equalTo("passage 0"))
                                .or(matchingJsonPath("$.requests[0].content.parts[0].text", equalTo("passage 100")))));
    }

    @Test
    void retriesARateLimitAndThenSucceeds() {
        gemini.stubFor(post(urlEqualTo(BATCH))
                .inScenario("quota")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withBody(errorBody(429, "RESOURCE_EXHAUSTED", "Quota exceeded")))
                .willSetStateTo("allowed"));
        gemini.stubFor(post(urlEqualTo(BATCH))
                .inScenario("quota")
                .whenScenarioStateIs("allowed")
                .willReturn(okJson(recorded())));

        List<float[]> vectors = provider().embedDocuments(List.of("retried", "b"));

        assertThat(vectors).hasSize(2);
        gemini.verify(
                2,
                postRequestedFor(urlEqualTo(BATCH))
                        .withRequestBody(matchingJsonPath("$.requests[0].content.parts[0].text", equalTo("retried"))));
    }

    @Test
    void failsWhenTheRateLimitOutlastsTheRetries() {
        gemini.stubFor(post(urlEqualTo(BATCH))
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withBody(errorBody(429, "RESOURCE_EXHAUSTED", "Quota exceeded"))));

        assertThatThrownBy(() -> provider().embedDocuments(List.of("limited", "b")))
                .isInstanceOf(EmbeddingUnavailableException.class)
                .hasMessageContaining("gemini:gemini-embedding-001");
        // LangChain4j makes three attempts in all.
        gemini.verify(
                3,
                postRequestedFor(urlEqualTo(BATCH))
                        .withRequestBody(matchingJsonPath("$.requests[0].content.parts[0].text", equalTo("limited"))));
    }

    @Test
    void failsOnAServerError() {
        gemini.stubFor(post(urlEqualTo(BATCH))
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody(errorBody(500, "INTERNAL", "Internal error"))));

        assertThatThrownBy(() -> provider().embedQuery("broken")).isInstanceOf(EmbeddingUnavailableException.class);
        gemini.verify(
                3,
                postRequestedFor(urlEqualTo(BATCH))
                        .withRequestBody(matchingJsonPath("$.requests[0].content.parts[0].text", equalTo("broken"))));
    }

    @Test
    void failsWhenTheServiceDoesNotAnswerInTime() {
        gemini.stubFor(post(urlEqualTo(BATCH)).willReturn(okJson(response(1)).withFixedDelay(1_500)));

        assertThatThrownBy(() -> provider(Duration.ofMillis(300)).embedQuery("sleep"))
                .isInstanceOf(EmbeddingUnavailableException.class);
    }

    @Test
    void failsOnAnAnswerThatIsNotJson() {
        gemini.stubFor(post(urlEqualTo(BATCH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("<html>proxy error</html>")));

        assertThatThrownBy(() -> provider().embedQuery("sleep")).isInstanceOf(EmbeddingUnavailableException.class);
    }

    @Test
    void failsOnAnAnswerWithoutValues() {
        gemini.stubFor(post(urlEqualTo(BATCH)).willReturn(okJson("{\"embeddings\": [{}]}")));

        assertThatThrownBy(() -> provider().embedQuery("sleep")).isInstanceOf(EmbeddingUnavailableException.class);
    }

    @Test
    void failsWhenFewerVectorsComeBackThanTextsWereSent() {
        gemini.stubFor(post(urlEqualTo(BATCH)).willReturn(okJson(response(1))));

        assertThatThrownBy(() -> provider().embedDocuments(List.of("a", "b")))
                .isInstanceOf(EmbeddingUnavailableException.class)
                .hasMessageContaining("1 vectors for 2 texts");
    }

    @Test
    void failsOnAVectorOfTheWrongDimension() {
        gemini.stubFor(post(urlEqualTo(BATCH)).willReturn(okJson("{\"embeddings\": [{\"values\": [0.1, 0.2, 0.3]}]}")));

        assertThatThrownBy(() -> provider().embedQuery("sleep"))
                .isInstanceOf(EmbeddingUnavailableException.class)
                .hasMessageContaining("3 dimensions, expected 3072");
    }

    @Test
    void failsOnAZeroVector() {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode values = body.putArray("embeddings").addObject().putArray("values");
        IntStream.range(0, 3072).forEach(i -> values.add(0.0));
        gemini.stubFor(post(urlEqualTo(BATCH)).willReturn(okJson(body.toString())));

        assertThatThrownBy(() -> provider().embedQuery("sleep"))
                .isInstanceOf(EmbeddingUnavailableException.class)
                .hasMessageContaining("zero");
    }

    @Test
    void refusesToStartWithoutAnApiKey() {
        assertThatThrownBy(() -> new GeminiEmbeddingProvider.Settings(" ", null, null, 0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AURA_EMBEDDING_API_KEY");
    }

    @Test
    void namesTheModelAndItsDimensionInTheVersionId() {
        assertThat(provider().modelId()).isEqualTo("gemini:gemini-embedding-001/3072");
        assertThat(provider().dimension()).isEqualTo(3072);
    }

    private static GeminiEmbeddingProvider provider() {
        return provider(Duration.ofSeconds(5));
    }

    private static GeminiEmbeddingProvider provider(Duration timeout) {
        return new GeminiEmbeddingProvider(
                new GeminiEmbeddingProvider.Settings(KEY, null, gemini.baseUrl() + "/v1beta", 0, timeout));
    }

    /** The recorded answer for two texts. */
    private static String recorded() {
        try (InputStream in =
                GeminiEmbeddingProviderTest.class.getResourceAsStream("/wire/gemini/batch-embed-contents-2.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The recorded answer's first vector repeated {@code count} times, in the same shape. */
    private static String response(int count) {
        JsonNode first = JSON.readTree(recorded()).get("embeddings").get(0);
        ObjectNode body = JSON.createObjectNode();
        ArrayNode embeddings = body.putArray("embeddings");
        IntStream.range(0, count).forEach(i -> embeddings.add(first));
        return body.toString();
    }

    private static String errorBody(int code, String status, String message) {
        return "{\"error\": {\"code\": " + code + ", \"message\": \"" + message + "\", \"status\": \"" + status
                + "\"}}";
    }

    private static double norm(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }
}
