package io.aura360.gateway.request;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Gateway settings: {@code syncBudget} bounds how long a client waits for advice (AURA_SYNC_BUDGET_MS) before it
 * gets {@code PROCESSING}; {@code completionBudget} bounds the whole run, after which the request fails.
 */
@ConfigurationProperties("aura.gateway")
public record GatewayProperties(Duration syncBudget, Duration completionBudget) {

    public GatewayProperties {
        syncBudget = (syncBudget == null) ? Duration.ofSeconds(12) : syncBudget;
        completionBudget = (completionBudget == null) ? Duration.ofSeconds(60) : completionBudget;
        if (completionBudget.compareTo(syncBudget) < 0) {
            throw new IllegalArgumentException(
                    "aura.gateway.completion-budget must not be shorter than the sync budget");
        }
    }
}
