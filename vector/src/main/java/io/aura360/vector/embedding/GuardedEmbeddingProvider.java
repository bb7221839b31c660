package io.aura360.vector.embedding;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.List;
import java.util.function.Supplier;

/**
 * A hosted embedding provider behind its circuit breaker ({@code embedding-<provider>}): its
 * {@link EmbeddingUnavailableException}s count against it, and while it is open every call fails at once with one,
 * which search answers with its 503 {@code EMBEDDING_UNAVAILABLE} problem (the agents then use fallback evidence)
 * instead of holding each query for the provider's timeout.
 */
public final class GuardedEmbeddingProvider extends ForwardingEmbeddingProvider {

    private final CircuitBreaker breaker;

    public GuardedEmbeddingProvider(EmbeddingProvider delegate, CircuitBreaker breaker) {
        super(delegate);
        this.breaker = breaker;
    }

    public static boolean isProviderFailure(Throwable failure) {
        return failure instanceof EmbeddingUnavailableException;
    }

    @Override
    public float[] embedQuery(String query) {
        return guarded(() -> delegate().embedQuery(query));
    }

    @Override
    public List<float[]> embedDocuments(List<String> passages) {
        return guarded(() -> delegate().embedDocuments(passages));
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return breaker.executeSupplier(call);
        } catch (CallNotPermittedException open) {
            throw new EmbeddingUnavailableException(
                    "the " + breaker.getName() + " circuit breaker is open: not calling " + modelId(), open);
        }
    }
}
