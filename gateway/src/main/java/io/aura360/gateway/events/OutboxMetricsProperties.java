package io.aura360.gateway.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a counted outbox backlog is reused before the gauge counts again ({@code outbox-backlog-ttl}, 15 s). */
@ConfigurationProperties("aura.metrics")
public record OutboxMetricsProperties(@DefaultValue("15s") Duration outboxBacklogTtl) {}
