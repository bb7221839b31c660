package io.aura360.gateway.agents;

import io.aura360.contracts.ErrorType;
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
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The result and how many retries it took; or the last failure, with the retries made, when none succeeded.
     * Either way, every attempt that failed is reported, in order, for the audit trail.
     */
    public Attempted run(AgentRunRequest request) {
        List<FailedAttempt> failures = new ArrayList<>();
        Retry retry = Retry.of(
                "agents",
                RetryConfig.<AgentRunResult>custom()
                        .maxAttempts(MAX_ATTEMPTS)
                        .retryOnException(failure -> failure instanceof AgentRunException run && run.recoverable())
                        .intervalBiFunction((failed, outcome) -> waitBefore(failed, request.deadline()))
                        .build());
        try {
            AgentRunResult result = retry.executeSupplier(() -> attempt(request, failures));
            return new Attempted(result, failures.size(), List.copyOf(failures));
        } catch (AgentRunException ex) {
            throw new RetriesExhausted(ex, failures.size() - 1, List.copyOf(failures));
        }
    }

    private AgentRunResult attempt(AgentRunRequest request, List<FailedAttempt> failures) {
        long started = System.nanoTime();
        try {
            return agents.run(request);
        } catch (AgentRunException ex) {
            failures.add(new FailedAttempt(ex.errorType(), ex.getMessage(), (System.nanoTime() - started) / 1_000_000));
            throw ex;
        }
    }

    private long waitBefore(int failedAttempts, Instant deadline) {
        long wait = backoff.apply(failedAttempts);
        return (deadline == null || clock.instant().plusMillis(wait).isBefore(deadline)) ? wait : STOP;
    }

    public record Attempted(AgentRunResult result, int retries, List<FailedAttempt> failures) {}

    /** One call of the agents that produced no answer: why, and how long it took. */
    public record FailedAttempt(ErrorType errorType, String detail, long elapsedMs) {

        /** A timeout is told apart from other failures in the audit trail. */
        public boolean timedOut() {
            return errorType == ErrorType.AGENTS_TIMEOUT || errorType == ErrorType.DEADLINE_EXCEEDED;
        }
    }

    /** The agents' last failure after {@code retries} retries. */
    public static final class RetriesExhausted extends RuntimeException {

        private final transient AgentRunException failure;

        private final int retries;

        private final transient List<FailedAttempt> failures;

        RetriesExhausted(AgentRunException failure, int retries, List<FailedAttempt> failures) {
            super(failure.getMessage(), failure);
            this.failure = failure;
            this.retries = retries;
            this.failures = failures;
        }

        public List<FailedAttempt> failures() {
            return failures;
        }

        public AgentRunException failure() {
            return failure;
        }

        public int retries() {
            return retries;
        }
    }
}
