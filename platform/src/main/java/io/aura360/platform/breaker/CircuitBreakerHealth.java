package io.aura360.platform.breaker;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code circuitBreakers} entry of {@code /actuator/health}: each breaker's state, failure rate and buffered
 * calls. It stays UP while breakers are open: an open breaker is the service protecting itself and answering on its
 * degraded path, and a readiness probe that took the instance out of service for it would turn one failing
 * dependency into an outage.
 */
final class CircuitBreakerHealth implements HealthIndicator {

    private final CircuitBreakers breakers;

    CircuitBreakerHealth(CircuitBreakers breakers) {
        this.breakers = breakers;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new TreeMap<>();
        breakers.registry()
                .getAllCircuitBreakers()
                .forEach(breaker -> details.put(breaker.getName(), details(breaker)));
        return Health.up().withDetails(details).build();
    }

    private static Map<String, Object> details(CircuitBreaker breaker) {
        CircuitBreaker.Metrics metrics = breaker.getMetrics();
        return Map.of(
                "state", breaker.getState().name(),
                "failureRate", metrics.getFailureRate(),
                "bufferedCalls", metrics.getNumberOfBufferedCalls(),
                "failedCalls", metrics.getNumberOfFailedCalls(),
                "notPermittedCalls", metrics.getNumberOfNotPermittedCalls());
    }
}
