package io.aura360.gateway.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention of the monthly partitions of {@code holistic_requests} ({@code aura.retention.partitions}): when
 * {@code enabled}, the daily job ({@code cron}, UTC) drops every month that ended more than {@code horizon} ago and
 * moves rows out of the default partition; with {@code dryRun} it only reports what it would do.
 */
@ConfigurationProperties("aura.retention.partitions")
public record PartitionRetentionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("400d") Duration horizon,
        @DefaultValue("false") boolean dryRun,
        @DefaultValue("0 17 3 * * *") String cron) {

    public PartitionRetentionProperties {
        // a month is the smallest unit dropped; a shorter horizon would drop the month being written
        if (horizon.compareTo(Duration.ofDays(62)) < 0) {
            throw new IllegalArgumentException("aura.retention.partitions.horizon must be at least 62d");
        }
    }
}
