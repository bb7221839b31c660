package io.aura360.agents.remote;

import io.aura360.contracts.DeadlineHeader;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.contracts.vector.VectorQueryRejectedException;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The vector service over HTTP ({@code POST /vector/v1/search} at {@code AURA_VECTOR_URL}). Down, slow or 5xx
 * (including the 503 {@code EMBEDDING_UNAVAILABLE} problem) is {@link VectorServiceUnavailableException} (the
 * caller may degrade or retry); a refused query (4xx, e.g.
 * {@code DIMENSION_MISMATCH} or a wrong service key) is {@link VectorQueryRejectedException}. A search for a
 * request with a deadline waits only for the time left and sends that budget along.
 */
public final class HttpEvidenceSearch implements EvidenceSearch {

    private final RemoteServiceClient remote;

    private final Clock clock;

    private HttpEvidenceSearch(RemoteServiceClient remote, Clock clock) {
        this.remote = remote;
        this.clock = clock;
    }

    /** The vector service at {@code baseUrl}; {@code ssl} is this service's mTLS identity, or null. */
    public static HttpEvidenceSearch create(
            RestClient.Builder builder,
            String baseUrl,
            String serviceKey,
            Duration timeout,
            SSLContext ssl,
            Clock clock) {
        return new HttpEvidenceSearch(RemoteServiceClient.create(builder, baseUrl, serviceKey, timeout, ssl), clock);
    }

    @Override
    public SearchResponse search(SearchRequest request) {
        return search(request, HttpHeaders.EMPTY);
    }

    @Override
    public SearchResponse search(SearchRequest request, Instant deadline) {
        if (!clock.instant().isBefore(deadline)) {
            throw new AgentRunException(
                    ErrorType.DEADLINE_EXCEEDED, true, "no time left to ask the vector service", null);
        }
        HttpHeaders budget = new HttpHeaders();
        budget.set(DeadlineHeader.HEADER, DeadlineHeader.budget(deadline, clock));
        return remote.until(deadline, clock, () -> search(request, budget));
    }

    private SearchResponse search(SearchRequest request, HttpHeaders headers) {
        try {
            return remote.client()
                    .post()
                    .uri("/vector/v1/search")
                    .headers(h -> h.addAll(headers))
                    .body(request)
                    .retrieve()
                    .body(SearchResponse.class);
        } catch (ResourceAccessException ex) {
            throw new VectorServiceUnavailableException("the vector service is unreachable or too slow", ex);
        } catch (RestClientResponseException ex) {
            HttpStatusCode status = ex.getStatusCode();
            if (status.is5xxServerError()) {
                throw new VectorServiceUnavailableException(
                        unavailableType(ex), "the vector service answered " + status.value(), ex);
            }
            throw new VectorQueryRejectedException(
                    errorType(ex), "the vector service refused the query (" + status.value() + ")", ex);
        }
    }

    /** Keeps the service's reason (its embedding model down) when its problem says so; any other 5xx is the service. */
    private static ErrorType unavailableType(RestClientResponseException ex) {
        return problemType(ex)
                .filter(type -> type == ErrorType.EMBEDDING_UNAVAILABLE)
                .orElse(ErrorType.VECTOR_SERVICE_UNAVAILABLE);
    }

    private static ErrorType errorType(RestClientResponseException ex) {
        if (ex.getStatusCode().value() == 401) {
            return ErrorType.VECTOR_SERVICE_KEY_REJECTED;
        }
        return problemType(ex)
                .filter(type -> type == ErrorType.DIMENSION_MISMATCH)
                .orElse(ErrorType.VECTOR_QUERY_REJECTED);
    }

    /** The {@code error_type} of the service's problem; empty when the body is no problem or names no known type. */
    private static Optional<ErrorType> problemType(RestClientResponseException ex) {
        try {
            return ErrorType.parse(JsonMapper.shared()
                    .readTree(ex.getResponseBodyAsString())
                    .path("error_type")
                    .asString(""));
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }
}
