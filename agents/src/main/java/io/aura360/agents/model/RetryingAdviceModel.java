package io.aura360.agents.model;

import io.aura360.contracts.agents.AgentRunException;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Retries another {@link AdviceModel} when it fails with a recoverable {@link AgentRunException} (timeouts, 429,
 * 5xx, broken connections), with exponential backoff and jitter so that many requests failing together do not
 * retry together. Retrying never outlives the request: an attempt is not started when the wait before it would
 * reach {@code request.deadline()}, and the last error is thrown instead. Each attempt is bounded by the same
 * deadline because the request, deadline included, is passed through unchanged to the delegate, which must
 * honour it ({@link LangChainAdviceModel} abandons a call when the deadline passes). The answer's
 * {@code attempts} counts every attempt, so {@code attempts - 1} is the run's {@code retry_count}.
 */
public final class RetryingAdviceModel implements AdviceModel {

    /** Returned by the interval function to make Resilience4j stop and rethrow the last error. */
    private static final long STOP_RETRYING = -1;

    private final AdviceModel delegate;

    private final Clock clock;

    private final Backoff backoff;

    private final IntervalFunction intervals;

    public RetryingAdviceModel(AdviceModel delegate, Clock clock) {
        this(delegate, clock, Backoff.DEFAULT);
    }

    public RetryingAdviceModel(AdviceModel delegate, Clock clock, Backoff backoff) {
        this.delegate = delegate;
        this.clock = clock;
        this.backoff = backoff;
        this.intervals = IntervalFunction.ofExponentialRandomBackoff(
                backoff.initialWait(), backoff.multiplier(), backoff.randomization());
    }

    @Override
    public String modelVersion() {
        return delegate.modelVersion();
    }

    @Override
    public ModelAnswer answer(ModelRequest request) {
        AtomicInteger attempts = new AtomicInteger();
        // One Retry per request: the wait before each attempt depends on this request's deadline.
        Retry retry = Retry.of(
                "advice-model",
                RetryConfig.<ModelAnswer>custom()
                        .maxAttempts(backoff.maxAttempts())
                        .retryOnException(failure -> failure instanceof AgentRunException run && run.recoverable())
                        .intervalBiFunction((failedAttempts, outcome) -> waitAfter(failedAttempts, request.deadline()))
                        .build());
        ModelAnswer answer = retry.executeSupplier(() -> {
            attempts.incrementAndGet();
            return delegate.answer(request);
        });
        return new ModelAnswer(
                answer.recommendations(),
                answer.summary(),
                answer.inputTokens(),
                answer.outputTokens(),
                answer.finishReason(),
                attempts.get() - 1 + answer.attempts());
    }

    /** The wait before the next attempt, or {@link #STOP_RETRYING} when the deadline would come first. */
    private long waitAfter(int failedAttempts, Instant deadline) {
        long wait = intervals.apply(failedAttempts);
        long remaining = Duration.between(clock.instant(), deadline).toMillis();
        return (wait < remaining) ? wait : STOP_RETRYING;
    }

    /**
     * How often and how patiently to retry: {@code maxAttempts} counts the first call; the n-th retry waits about
     * {@code initialWait * multiplier^(n-1)}, spread by {@code ± randomization}.
     */
    public record Backoff(int maxAttempts, Duration initialWait, double multiplier, double randomization) {

        /** Three attempts, waiting about 200 ms and then 400 ms, each ± 50 %. */
        public static final Backoff DEFAULT = new Backoff(3, Duration.ofMillis(200), 2.0, 0.5);

        public Backoff {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
        }
    }
}
