package io.aura360.agents.remote;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

/**
 * The vector service's 503 {@code EMBEDDING_UNAVAILABLE} problem (its embedding model is down) reaches the agents
 * as {@link VectorServiceUnavailableException}, the exception they degrade on, keeping the reason; any other 5xx
 * is the service itself being unavailable.
 */
class HttpEvidenceSearchUnavailableTest {

    private static final String KEY = "unavailable-test-service-key-0123456789";

    @RegisterExtension
    static WireMockExtension vector = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final HttpEvidenceSearch search = HttpEvidenceSearch.create(
            RestClient.builder(), vector.baseUrl(), KEY, Duration.ofSeconds(5), null, Clock.systemUTC());

    private final SearchRequest request = new SearchRequest("sleep", 3, null, null);

    @Test
    void theEmbeddingUnavailableProblemMakesTheServiceUnavailableForThatReason() {
        vector.stubFor(post(urlPathEqualTo("/vector/v1/search"))
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(recorded("/wire/vector/search-embedding-unavailable.json"))));

        assertThatExceptionOfType(VectorServiceUnavailableException.class)
                .isThrownBy(() -> search.search(request))
                .satisfies(ex -> assertThat(ex.errorType()).isEqualTo(ErrorType.EMBEDDING_UNAVAILABLE))
                .withMessageContaining("503");
    }

    @Test
    void anyOtherServerErrorIsTheVectorServiceUnavailable() {
        vector.stubFor(post(urlPathEqualTo("/vector/v1/search"))
                .willReturn(aResponse()
                        .withStatus(502)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<h1>Bad gateway</h1>")));

        assertThatExceptionOfType(VectorServiceUnavailableException.class)
                .isThrownBy(() -> search.search(request))
                .satisfies(ex -> assertThat(ex.errorType()).isEqualTo(ErrorType.VECTOR_SERVICE_UNAVAILABLE));
    }

    private static String recorded(String resource) {
        try (InputStream in = HttpEvidenceSearchUnavailableTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
