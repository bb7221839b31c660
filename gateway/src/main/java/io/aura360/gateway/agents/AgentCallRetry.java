package io.aura360.gateway.agents;

import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls the agents for a request, retrying recoverable failures (timeouts, unavailable services, 5xx) twice with
 * exponential backoff and jitter, never waiting past the request's deadline. Logical failures are not retried.
 */
public final class AgentCallRetry {

    private static final int MAX_ATTEMPTS = 3;

    /** Resilience4j stops retrying when the interval function answers a negative wait. */
    private static final long STOP = -1;

    private final AdviceAgents agents;

    private final Clock clock;

    private final IntervalFunction backoff;

    public AgentCallRetry(AdviceAgents agents, Clock clock, Duration initialWait) {
        this.agents = agents;
        this.clock = clock;
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(initialWait, 2.0, 0.5);
    }

    /** The result and how many retries it took; or the last failure, with the retries made, when none succeeded. */
    public Attempted run(AgentRunRequest request) {
        AtomicInteger attempts = new AtomicInteger();
        Retry retry = Retry.of(
                "agents",
                RetryConfig.<AgentRunResult>custom()
                        .maxAttempts(MAX_ATTEMPTS)
                        .retryOnException(failure -> failure instanceof AgentRunException run && run.recoverable())
                        .intervalBiFunction((failed, outcome) -> waitBefore(failed, request.deadline()))
                        .build());
        try {
            AgentRunResult result = retry.executeSupplier(() -> {
                attempts.incrementAndGet();
                return agents.run(request);
            });
            return new Attempted(result, attempts.get() - 1);
        } catch (AgentRunException ex) {
            throw new RetriesExhausted(ex, attempts.get() - 1);
        }
    }

    private long waitBefore(int failedAttempts, Instant deadline) {
        long wait = backoff.apply(failedAttempts);
        return (deadline == null || clock.instant().plusMillis(wait).isBefore(deadline)) ? wait : STOP;
    }

    public record Attempted(AgentRunResult result, int retries) {}

    /** The agents' last failure after {@code retries} retries. */
    public static final class RetriesExhausted extends RuntimeException {

        private final transient AgentRunException failure;

        private final int retries;

        RetriesExhausted(AgentRunException failure, int retries) {
            super(failure.getMessage(), failure);
            this.failure = failure;
            this.retries = retries;
        }

        public AgentRunException failure() {
            return failure;
        }

        public int retries() {
            return retries;
        }
    }
}
