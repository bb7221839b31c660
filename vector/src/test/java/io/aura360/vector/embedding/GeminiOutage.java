package io.aura360.vector.embedding;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;

/**
 * A real {@link GeminiEmbeddingProvider} whose endpoint (WireMock) answers every call with Google's 503
 * {@code UNAVAILABLE} error, as during an outage: LangChain4j retries, then the provider gives up with
 * {@link EmbeddingUnavailableException}.
 */
public final class GeminiOutage {

    /** Gemini's 768-dimensional output: the embedded Lucene backend stores at most 1024 dimensions. */
    public static final int DIMENSION = 768;

    private GeminiOutage() {}

    public static GeminiEmbeddingProvider provider(WireMockExtension gemini) {
        gemini.stubFor(post(urlPathMatching("/v1beta/models/.*:batchEmbedContents"))
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"error\": {\"code\": 503, \"message\": \"The model is overloaded. Please try again later.\","
                                        + " \"status\": \"UNAVAILABLE\"}}")));
        return new GeminiEmbeddingProvider(new GeminiEmbeddingProvider.Settings(
                "test-key", null, gemini.baseUrl() + "/v1beta", DIMENSION, Duration.ofSeconds(5)));
    }
}
