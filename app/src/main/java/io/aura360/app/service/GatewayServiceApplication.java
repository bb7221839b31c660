package io.aura360.app.service;

import io.aura360.app.embedded.EmbeddedDatabaseConfiguration;
import io.aura360.gateway.GatewayConfiguration;
import io.aura360.gateway.fallback.FallbackEvidence;
import java.time.Clock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The gateway alone: the public API and the database; agents at {@code AURA_AGENTS_URL}. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({GatewayConfiguration.class, EmbeddedDatabaseConfiguration.class})
public class GatewayServiceApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    StarterFallbackEvidence starterFallbackEvidence(FallbackEvidence fallback) {
        return new StarterFallbackEvidence(fallback);
    }
}
