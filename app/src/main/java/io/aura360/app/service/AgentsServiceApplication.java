package io.aura360.app.service;

import io.aura360.agents.AgentsConfiguration;
import java.time.Clock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The agents service alone: vector at {@code AURA_VECTOR_URL}; agent profiles and fallback evidence arrive in each
 * run request, so it never calls the gateway.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
@Import({AgentsConfiguration.class, InternalServiceSecurity.class})
public class AgentsServiceApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
