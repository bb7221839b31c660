package io.aura360.vector.ingest.job;

import java.time.Duration;

/**
 * How often a failing task is tried ({@code maxAttempts} in all) and how long to wait before each retry:
 * {@code initialBackoff}, doubling up to {@code maxBackoff}.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(5));

    public RetryPolicy {
        if (maxAttempts < 1 || initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("invalid retry policy: " + maxAttempts + " attempts, backoff "
                    + initialBackoff + " to " + maxBackoff);
        }
    }

    /** The wait before the next attempt, after {@code failedAttempts} failures. */
    public Duration backoff(int failedAttempts) {
        int doublings = Math.min(Math.max(0, failedAttempts - 1), 30);
        Duration backoff = initialBackoff.multipliedBy(1L << doublings);
        return (backoff.compareTo(maxBackoff) > 0) ? maxBackoff : backoff;
    }

    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
