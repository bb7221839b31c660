package io.aura360.gateway.request;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Gateway settings: {@code syncBudget} bounds how long a client waits for advice (AURA_SYNC_BUDGET_MS) before it
 * gets {@code PROCESSING}; {@code completionBudget} bounds the whole run, after which the request fails;
 * {@code concurrentRuns} (AURA_CONCURRENT_RUNS) is how many runs work at once, the rest queueing ({@link RunSlots}):
 * 0, no limit, unless set; all in one process, twice the processors.
 */
@ConfigurationProperties("aura.gateway")
public record GatewayProperties(Duration syncBudget, Duration completionBudget, Integer concurrentRuns) {

    public GatewayProperties {
        syncBudget = (syncBudget == null) ? Duration.ofSeconds(12) : syncBudget;
        completionBudget = (completionBudget == null) ? Duration.ofSeconds(60) : completionBudget;
        concurrentRuns = (concurrentRuns == null) ? 0 : concurrentRuns;
        if (completionBudget.compareTo(syncBudget) < 0) {
            throw new IllegalArgumentException(
                    "aura.gateway.completion-budget must not be shorter than the sync budget");
        }
        if (concurrentRuns < 0) {
            throw new IllegalArgumentException("aura.gateway.concurrent-runs must be 0 (no limit) or positive");
        }
    }
}
