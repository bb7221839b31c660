package io.aura360.gateway.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long finished bookkeeping is kept ({@code aura.retention}): {@code idempotencyKeys} after a key expires,
 * {@code publishedOutbox} after an event was published (unpublished and dead-lettered events are never purged).
 * The job runs every {@code interval} and deletes at most {@code batchSize} rows per statement.
 */
@ConfigurationProperties("aura.retention")
public record RetentionProperties(
        Duration idempotencyKeys, Duration publishedOutbox, Integer batchSize, Duration interval) {

    public RetentionProperties {
        idempotencyKeys = (idempotencyKeys == null) ? Duration.ofHours(24) : idempotencyKeys;
        publishedOutbox = (publishedOutbox == null) ? Duration.ofDays(7) : publishedOutbox;
        batchSize = (batchSize == null) ? 1000 : batchSize;
        interval = (interval == null) ? Duration.ofHours(1) : interval;
        if (idempotencyKeys.isNegative() || publishedOutbox.isNegative() || batchSize < 1) {
            throw new IllegalArgumentException("aura.retention periods must not be negative, batch-size at least 1");
        }
    }
}
