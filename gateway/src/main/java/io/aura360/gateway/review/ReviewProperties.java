package io.aura360.gateway.review;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The review queue's settings.
 *
 * @param highWaitLimit how long a high-risk item may wait unclaimed before the {@code AuraReviewHighItemWaiting}
 *     alert fires (published as a gauge the alert rule reads)
 * @param metricsTtl how long the counted queue is reused before the gauges count again
 */
@ConfigurationProperties("aura.review")
public record ReviewProperties(
        @DefaultValue("15m") Duration highWaitLimit,
        @DefaultValue("15s") Duration metricsTtl) {}
