package io.aura360.platform.breaker;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The circuit breakers of one service process, by name, configured from {@link CircuitBreakerProperties}. Each
 * caller says which of its failures speak of the dependency's health ({@code failure}): a refused query or a
 * missed request deadline does not, an unreachable, slow or 5xx-answering dependency does. Breakers move from open
 * to half-open on their own once {@code wait-in-open-state} passed, so health and meters show the probing state
 * even while no call arrives.
 */
public final class CircuitBreakers {

    private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();

    private final CircuitBreakerProperties properties;

    public CircuitBreakers(CircuitBreakerProperties properties) {
        this.properties = properties;
    }

    /** The breaker called {@code name}, created on first use; later calls with the same name return the same one. */
    public CircuitBreaker breaker(String name, Predicate<Throwable> failure) {
        CircuitBreakerProperties.Settings settings = properties.settings(name);
        return registry.circuitBreaker(
                name,
                () -> CircuitBreakerConfig.custom()
                        .failureRateThreshold(settings.failureRateThreshold())
                        .slidingWindowSize(settings.slidingWindowSize())
                        .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                        .waitDurationInOpenState(settings.waitInOpenState())
                        .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
                        .automaticTransitionFromOpenToHalfOpenEnabled(true)
                        .recordException(failure)
                        .build());
    }

    /** Every breaker's state by name, sorted. */
    public Map<String, CircuitBreaker.State> states() {
        Map<String, CircuitBreaker.State> states = new TreeMap<>();
        registry.getAllCircuitBreakers().forEach(breaker -> states.put(breaker.getName(), breaker.getState()));
        return states;
    }

    CircuitBreakerRegistry registry() {
        return registry;
    }
}
