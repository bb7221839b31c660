package io.aura360.gateway.agents;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The remote agents behind the {@code agents} circuit breaker. Unreachable, timed-out and 5xx-answering calls count
 * against the service; a refused request or a deadline already spent does not. While the breaker is open a run fails
 * at once as an unrecoverable {@code AGENTS_UNAVAILABLE}, so the request is not retried and is answered (and
 * refunded) without waiting for a timeout per attempt; a memory erasure fails recoverable, to be tried again.
 */
public final class GuardedAdviceAgents implements AdviceAgents {

    private final AdviceAgents delegate;

    private final CircuitBreaker breaker;

    public GuardedAdviceAgents(AdviceAgents delegate, CircuitBreaker breaker) {
        this.delegate = delegate;
        this.breaker = breaker;
    }

    /** Whether a failure says the agents service is unwell (and not that a request was bad or late). */
    public static boolean isServiceFailure(Throwable failure) {
        return failure instanceof AgentRunException run
                && run.recoverable()
                && run.errorType() != ErrorType.DEADLINE_EXCEEDED;
    }

    @Override
    public AgentRunResult run(AgentRunRequest request) {
        // Unrecoverable: retrying within this request would only be refused again.
        return guarded(() -> delegate.run(request), false);
    }

    @Override
    public void forgetUser(UUID userId) {
        // Recoverable: an erasure must happen, so its caller tries again later.
        guarded(
                () -> {
                    delegate.forgetUser(userId);
                    return null;
                },
                true);
    }

    private <T> T guarded(Supplier<T> call, boolean recoverableWhenOpen) {
        try {
            return breaker.executeSupplier(call);
        } catch (CallNotPermittedException open) {
            throw new AgentRunException(
                    ErrorType.AGENTS_UNAVAILABLE,
                    recoverableWhenOpen,
                    "the agents circuit breaker is open: not calling",
                    open);
        }
    }
}
