package io.aura360.agents.model;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * A hosted model behind its own circuit breaker ({@code model-<provider>}). Its recoverable failures (timeouts, 429,
 * 5xx, broken connections) count against it, a missed request deadline does not. While it is open a call fails at
 * once as an unrecoverable {@code MODEL_UNAVAILABLE}, so {@link RetryingAdviceModel} (which wraps this) stops
 * retrying and the run ends without spending its deadline on a model known to be down.
 */
final class GuardedAdviceModel implements AdviceModel {

    private final AdviceModel delegate;

    private final CircuitBreaker breaker;

    GuardedAdviceModel(AdviceModel delegate, CircuitBreaker breaker) {
        this.delegate = delegate;
        this.breaker = breaker;
    }

    static boolean isModelFailure(Throwable failure) {
        return failure instanceof AgentRunException run
                && run.recoverable()
                && run.errorType() != ErrorType.DEADLINE_EXCEEDED;
    }

    @Override
    public String modelVersion() {
        return delegate.modelVersion();
    }

    @Override
    public ModelAnswer answer(ModelRequest request) {
        try {
            return breaker.executeSupplier(() -> delegate.answer(request));
        } catch (CallNotPermittedException open) {
            throw new AgentRunException(
                    ErrorType.MODEL_UNAVAILABLE,
                    false,
                    "the " + breaker.getName() + " circuit breaker is open: not calling " + modelVersion(),
                    open);
        }
    }
}
