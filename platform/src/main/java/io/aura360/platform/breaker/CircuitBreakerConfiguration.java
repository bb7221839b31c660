package io.aura360.platform.breaker;

import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The process's {@link CircuitBreakers}, their meters ({@code resilience4j.circuitbreaker.state} with tags
 * {@code name} and {@code state}, calls, failure rate) and their {@code circuitBreakers} health entry. Each service's
 * configuration imports this class, so the all-in-one process registers it once and its breakers are shared.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CircuitBreakerProperties.class)
public class CircuitBreakerConfiguration {

    @Bean
    CircuitBreakers circuitBreakers(CircuitBreakerProperties properties) {
        return new CircuitBreakers(properties);
    }

    /** Binds breakers created later too: the tagged metrics follow the registry's add events. */
    @Bean
    MeterBinder circuitBreakerMeters(CircuitBreakers breakers) {
        return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers.registry());
    }

    @Bean
    CircuitBreakerHealth circuitBreakersHealthIndicator(CircuitBreakers breakers) {
        return new CircuitBreakerHealth(breakers);
    }
}
