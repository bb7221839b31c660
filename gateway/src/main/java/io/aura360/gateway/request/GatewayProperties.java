package io.aura360.gateway.request;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Gateway settings; {@code syncBudget} bounds how long a client waits for advice (AURA_SYNC_BUDGET_MS). */
@ConfigurationProperties("aura.gateway")
public record GatewayProperties(Duration syncBudget) {

	public GatewayProperties {
		syncBudget = (syncBudget == null) ? Duration.ofSeconds(12) : syncBudget;
	}

}
