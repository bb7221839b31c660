package io.aura360.agents.remote;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

import io.aura360.contracts.ServiceKeys;
import io.aura360.contracts.agents.AgentProfileDirectory;
import io.aura360.contracts.vector.EvidenceSearch;

/**
 * When the agents service runs alone: the vector service at {@code AURA_VECTOR_URL} and the agent profiles at
 * {@code AURA_GATEWAY_URL}, both reached with {@code AURA_SERVICE_KEY}.
 */
@Configuration(proxyBeanMethods = false)
public class AgentsRemoteConfiguration {

	@Bean
	@ConditionalOnProperty("aura.vector.url")
	EvidenceSearch httpEvidenceSearch(@Value("${aura.vector.url}") String url, @Value("${aura.service-key}") String key,
			@Value("${aura.vector.timeout:3s}") Duration timeout, RestClient.Builder restClients) {
		return new HttpEvidenceSearch(RemoteServiceClient.create(restClients, url, requireKey(key), timeout));
	}

	@Bean
	@ConditionalOnProperty("aura.gateway.url")
	AgentProfileDirectory httpAgentProfileDirectory(@Value("${aura.gateway.url}") String url,
			@Value("${aura.service-key}") String key, RestClient.Builder restClients) {
		return new HttpAgentProfileDirectory(
				RemoteServiceClient.create(restClients, url, requireKey(key), Duration.ofSeconds(3)));
	}

	static String requireKey(String key) {
		if (key == null || key.length() < ServiceKeys.MIN_LENGTH) {
			throw new IllegalArgumentException(
					"AURA_SERVICE_KEY must be set (at least " + ServiceKeys.MIN_LENGTH + " characters) to call other services");
		}
		return key;
	}

}
