package io.aura360.gateway.request;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Durable advice jobs ({@code aura.gateway.jobs}): a running job's lease lasts {@code lease} and is renewed every
 * {@code heartbeat}, so a job whose process died is claimed by another within about {@code lease} plus
 * {@code pollInterval}; a job is run at most {@code maxAttempts} times before its request fails; an instance
 * runs at most {@code maxInFlight} jobs it claimed at once (the ones it accepted itself are not limited).
 */
@ConfigurationProperties("aura.gateway.jobs")
public record AdviceJobProperties(
        Duration lease, Duration heartbeat, Duration pollInterval, int maxAttempts, int maxInFlight) {

    public AdviceJobProperties {
        lease = (lease == null) ? Duration.ofSeconds(30) : lease;
        heartbeat = (heartbeat == null) ? Duration.ofSeconds(10) : heartbeat;
        pollInterval = (pollInterval == null) ? Duration.ofSeconds(2) : pollInterval;
        maxAttempts = (maxAttempts <= 0) ? 3 : maxAttempts;
        maxInFlight = (maxInFlight <= 0) ? 16 : maxInFlight;
        if (heartbeat.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("aura.gateway.jobs.heartbeat must be shorter than the lease");
        }
    }
}
