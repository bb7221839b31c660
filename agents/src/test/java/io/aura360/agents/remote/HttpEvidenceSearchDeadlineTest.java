package io.aura360.agents.remote;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.aura360.contracts.DeadlineHeader;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.ServiceKeys;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

/** The agents → vector hop carries the request's remaining budget and waits no longer than it. */
class HttpEvidenceSearchDeadlineTest {

    private static final String KEY = "deadline-test-service-key-0123456789";

    private static final String FOUND = """
			{"collection": "holistic_memory", "embedding_model": "bge-small-en-v1.5-q",
			 "results": [{"source_id": "body-en-sleep#0", "doc_id": "body-en-sleep", "url": null, "chunk": "Sleep.", "score": 0.9}]}""";

    @RegisterExtension
    static WireMockExtension vector = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final Clock clock = Clock.systemUTC();

    private final SearchRequest request = new SearchRequest("sleep", 3, null, null);

    @Test
    void sendsTheTimeLeftWithTheServiceKey() {
        vector.stubFor(post(urlPathEqualTo("/vector/v1/search")).willReturn(json(FOUND)));
        HttpEvidenceSearch search = HttpEvidenceSearch.create(
                RestClient.builder(), vector.baseUrl(), KEY, Duration.ofSeconds(30), null, clock);

        assertThat(search.search(request, clock.instant().plusSeconds(8)).results())
                .hasSize(1);

        vector.verify(postRequestedFor(urlPathEqualTo("/vector/v1/search"))
                .withHeader(ServiceKeys.HEADER, equalTo(KEY))
                .withHeader(DeadlineHeader.HEADER, matching("[0-9]{1,4}")));
        long sent =
                Long.parseLong(vector.getAllServeEvents().get(0).getRequest().getHeader(DeadlineHeader.HEADER));
        assertThat(sent).as("what is left of 8 s, never more").isBetween(1L, 8000L);
    }

    @Test
    void stopsWaitingWhenTheDeadlinePassesThoughTheConfiguredTimeoutIsLonger() {
        vector.stubFor(
                post(urlPathEqualTo("/vector/v1/search")).willReturn(json(FOUND).withFixedDelay(5_000)));
        HttpEvidenceSearch search = HttpEvidenceSearch.create(
                RestClient.builder(), vector.baseUrl(), KEY, Duration.ofSeconds(30), null, clock);

        assertThatExceptionOfType(VectorServiceUnavailableException.class)
                .isThrownBy(() -> search.search(request, clock.instant().plusMillis(300)));
    }

    @Test
    void doesNotCallTheVectorServiceOnceTheDeadlineHasPassed() {
        HttpEvidenceSearch search = HttpEvidenceSearch.create(
                RestClient.builder(), vector.baseUrl(), KEY, Duration.ofSeconds(30), null, clock);

        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> search.search(request, Instant.now().minusMillis(1)))
                .satisfies(ex -> assertThat(ex.errorType()).isEqualTo(ErrorType.DEADLINE_EXCEEDED));
        assertThat(vector.getAllServeEvents()).isEmpty();
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}
