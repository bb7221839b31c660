package io.aura360.agents.model;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs one blocking model call on a virtual thread and waits for it no longer than the request's deadline, with a
 * Resilience4j {@link TimeLimiter} set to the time left. LangChain4j fixes a model's HTTP timeout when the model is
 * built, but every request has its own remaining budget; rather than building a client per call, the caller stops
 * waiting as soon as the deadline passes and the limiter interrupts the call's thread (the JDK HTTP client then
 * cancels the exchange). The model's own timeout stays as an upper bound for requests with a distant deadline. The
 * virtual thread does not inherit thread-locals (MDC, tracing context): the call itself logs nothing we rely on.
 */
final class DeadlineBoundCall {

    private final Clock clock;

    DeadlineBoundCall(Clock clock) {
        this.clock = clock;
    }

    <T> T call(Supplier<T> action, Instant deadline) {
        Duration remaining = Duration.between(clock.instant(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            throw ModelErrors.deadlineReached(null);
        }
        // One limiter per call: its timeout is this request's remaining budget.
        TimeLimiter limiter = TimeLimiter.of(TimeLimiterConfig.custom()
                .timeoutDuration(remaining)
                .cancelRunningFuture(true)
                .build());
        FutureTask<T> task = new FutureTask<>(action::get);
        try {
            return limiter.executeFutureSupplier(() -> {
                Thread.ofVirtual().name("advice-model-call").start(task);
                return task;
            });
        } catch (TimeoutException ex) {
            throw ModelErrors.deadlineReached(ex);
        } catch (InterruptedException ex) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new AgentRunException(
                    ErrorType.MODEL_UNAVAILABLE, false, "interrupted while waiting for the model", ex);
        } catch (Exception ex) {
            // The limiter rethrows the call's own failure, unwrapped from the ExecutionException.
            throw ModelErrors.classify(ex);
        }
    }
}
