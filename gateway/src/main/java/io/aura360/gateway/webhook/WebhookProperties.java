package io.aura360.gateway.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery: plain http ({@code allow-insecure}) and private or loopback addresses ({@code allow-private})
 * are refused unless relaxed for development; a failed delivery is retried after {@code initial-backoff}, doubling.
 */
@ConfigurationProperties("aura.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowInsecure,
        @DefaultValue("false") boolean allowPrivate,
        @DefaultValue("1s") Duration initialBackoff) {}
