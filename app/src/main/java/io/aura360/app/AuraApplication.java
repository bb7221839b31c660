package io.aura360.app;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import io.aura360.agents.AgentsConfiguration;
import io.aura360.app.service.AgentsServiceApplication;
import io.aura360.app.service.MutualTls;
import io.aura360.app.service.VectorServiceApplication;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.FallbackEvidence;
import io.aura360.gateway.GatewayConfiguration;
import io.aura360.vector.VectorConfiguration;

/**
 * All three services in one process: the gateway calls the agents, and the agents the vector service, through
 * in-process adapters of the ports in {@code contracts}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ GatewayConfiguration.class, AgentsConfiguration.class, VectorConfiguration.class,
		EmbeddedDatabaseConfiguration.class })
public class AuraApplication {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	FallbackEvidenceWarmer fallbackEvidenceWarmer(EvidenceSearch search, FallbackEvidence fallback) {
		return new FallbackEvidenceWarmer(search, fallback);
	}

	/**
	 * The application for {@code env}. Unless {@code AURA_JWT_SECRET} is set, tokens are checked with the dev
	 * secret kept in {@code AURA_HOME} (the one {@code ./aura360 token} signs with).
	 */
	public static SpringApplication create(Map<String, String> env) {
		return create(env, AuraApplication.class);
	}

	/**
	 * The application of one service ({@code ./aura360 serve --service NAME}) or of all of them, with mTLS when
	 * {@code AURA_TLS_*} is set (see {@link MutualTls}).
	 */
	public static SpringApplication create(Map<String, String> env, Class<?> primarySource) {
		SpringApplication application = new SpringApplication(primarySource);
		AuraHome home = AuraHome.fromEnvironment(env);
		boolean internalService = primarySource == AgentsServiceApplication.class
				|| primarySource == VectorServiceApplication.class;
		Map<String, Object> defaults = new HashMap<>(MutualTls.properties(env, internalService));
		if (home.usesDevSecret(env)) {
			defaults.put("aura.jwt.secret", home.jwtSecret(env));
		}
		application.setDefaultProperties(defaults);
		return application;
	}

}
