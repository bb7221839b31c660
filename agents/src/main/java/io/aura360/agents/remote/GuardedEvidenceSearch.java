package io.aura360.agents.remote;

import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The remote vector search behind the {@code vector-search} circuit breaker. Only an unavailable service (down, slow,
 * 5xx) counts against it; a refused query does not. While it is open a search fails at once with
 * {@link VectorServiceUnavailableException}, which the pipeline already answers with the fallback evidence the
 * gateway sent (a degraded answer), instead of waiting for the search timeout on every request.
 */
final class GuardedEvidenceSearch implements EvidenceSearch {

    private final EvidenceSearch delegate;

    private final CircuitBreaker breaker;

    GuardedEvidenceSearch(EvidenceSearch delegate, CircuitBreaker breaker) {
        this.delegate = delegate;
        this.breaker = breaker;
    }

    static boolean isServiceFailure(Throwable failure) {
        return failure instanceof VectorServiceUnavailableException;
    }

    @Override
    public SearchResponse search(SearchRequest request) {
        return guarded(() -> delegate.search(request));
    }

    @Override
    public SearchResponse search(SearchRequest request, Instant deadline) {
        return guarded(() -> delegate.search(request, deadline));
    }

    private SearchResponse guarded(Supplier<SearchResponse> search) {
        try {
            return breaker.executeSupplier(search);
        } catch (CallNotPermittedException open) {
            throw new VectorServiceUnavailableException("the vector-search circuit breaker is open: not calling", open);
        }
    }
}
