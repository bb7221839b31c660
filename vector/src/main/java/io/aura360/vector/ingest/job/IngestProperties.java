package io.aura360.vector.ingest.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retries of the background ingest queue: {@code max-attempts} (5) deliveries of a task, waiting
 * {@code initial-backoff} (2 s) before the first retry, doubling up to {@code max-backoff} (5 min).
 */
@ConfigurationProperties("aura.ingest")
public record IngestProperties(
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("2s") Duration initialBackoff,
        @DefaultValue("5m") Duration maxBackoff) {

    public IngestProperties {
        retryPolicy(maxAttempts, initialBackoff, maxBackoff); // refuses an invalid policy at start
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy(maxAttempts, initialBackoff, maxBackoff);
    }

    private static RetryPolicy retryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff);
    }
}
