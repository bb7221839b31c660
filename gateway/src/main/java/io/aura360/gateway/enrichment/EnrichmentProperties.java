package io.aura360.gateway.enrichment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code waitTimeout}: how long a premium pipeline holds a request for missing profile data before failing it;
 * {@code jobLifetime}: how long a non-blocking job stays open waiting for the data; {@code pollInterval}: how
 * often open jobs are checked against the profiles.
 */
@ConfigurationProperties("aura.enrichment")
public record EnrichmentProperties(Duration waitTimeout, Duration jobLifetime, Duration pollInterval) {

    public EnrichmentProperties {
        waitTimeout = (waitTimeout == null) ? Duration.ofHours(24) : waitTimeout;
        jobLifetime = (jobLifetime == null) ? Duration.ofDays(30) : jobLifetime;
        pollInterval = (pollInterval == null) ? Duration.ofSeconds(5) : pollInterval;
    }
}
