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
import io.aura360.contracts.vector.VectorQueryRejectedException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

/**
 * A 4xx from the vector service is a rejected query, typed by its problem's {@code error_type}: a dimension
 * mismatch keeps its name, a rejected key is named so, anything else (an unknown type included) is a plain refusal.
 */
class HttpEvidenceSearchRejectedTest {

    private static final String KEY = "rejected-test-service-key-0123456789";

    @RegisterExtension
    static WireMockExtension vector = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final HttpEvidenceSearch search = HttpEvidenceSearch.create(
            RestClient.builder(), vector.baseUrl(), KEY, Duration.ofSeconds(5), null, Clock.systemUTC());

    private final SearchRequest request = new SearchRequest("sleep", 3, null, null);

    @Test
    void aDimensionMismatchKeepsItsType() {
        answer(422, "{\"title\":\"Vector query rejected\",\"error_type\":\"DIMENSION_MISMATCH\"}");

        assertThat(rejection().errorType()).isEqualTo(ErrorType.DIMENSION_MISMATCH);
    }

    @Test
    void anUnknownTypeIsAPlainRefusal() {
        answer(422, "{\"title\":\"Vector query rejected\",\"error_type\":\"SHARD_READ_ONLY\"}");

        assertThat(rejection().errorType()).isEqualTo(ErrorType.VECTOR_QUERY_REJECTED);
    }

    @Test
    void aRejectedKeyIsNamedSo() {
        answer(401, "");

        assertThat(rejection().errorType()).isEqualTo(ErrorType.VECTOR_SERVICE_KEY_REJECTED);
    }

    private void answer(int status, String problem) {
        vector.stubFor(post(urlPathEqualTo("/vector/v1/search"))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(problem)));
    }

    private VectorQueryRejectedException rejection() {
        return assertThatExceptionOfType(VectorQueryRejectedException.class)
                .isThrownBy(() -> search.search(request))
                .actual();
    }
}
