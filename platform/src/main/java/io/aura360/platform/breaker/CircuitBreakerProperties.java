package io.aura360.platform.breaker;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the circuit breakers around remote dependencies judge them ({@code aura.circuit-breakers}): {@code defaults}
 * for every breaker and {@code instances.<name>} overriding them for one ({@code agents}, {@code vector-search},
 * {@code model-<provider>}, {@code embedding-<provider>}, {@code redis}). A breaker opens when at least
 * {@code failure-rate-threshold} percent of the last {@code sliding-window-size} calls failed (once
 * {@code minimum-number-of-calls} were made), refuses calls at once for {@code wait-in-open-state}, then turns
 * half-open by itself and lets {@code permitted-calls-in-half-open-state} probes through: all succeeding close it,
 * a failing one opens it again.
 */
@ConfigurationProperties("aura.circuit-breakers")
public record CircuitBreakerProperties(@DefaultValue Settings defaults, Map<String, Settings> instances) {

    public CircuitBreakerProperties {
        instances = (instances == null) ? Map.of() : Map.copyOf(instances);
    }

    /** The settings of the breaker called {@code name}. */
    public Settings settings(String name) {
        return instances.getOrDefault(name, defaults);
    }

    /** The documented defaults for every breaker, as a process without any {@code aura.circuit-breakers} gets. */
    public static CircuitBreakerProperties defaultsOnly() {
        return new CircuitBreakerProperties(new Settings(50, 20, 5, Duration.ofSeconds(10), 2), Map.of());
    }

    public record Settings(
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("20") int slidingWindowSize,
            @DefaultValue("5") int minimumNumberOfCalls,
            @DefaultValue("10s") Duration waitInOpenState,
            @DefaultValue("2") int permittedCallsInHalfOpenState) {

        public Settings {
            if (failureRateThreshold <= 0 || failureRateThreshold > 100) {
                throw new IllegalArgumentException(
                        "failure-rate-threshold must be in (0, 100], not " + failureRateThreshold);
            }
            if (slidingWindowSize < 1 || minimumNumberOfCalls < 1 || permittedCallsInHalfOpenState < 1) {
                throw new IllegalArgumentException(
                        "sliding-window-size, minimum-number-of-calls and permitted-calls-in-half-open-state must be"
                                + " at least 1");
            }
            if (waitInOpenState.isNegative() || waitInOpenState.isZero()) {
                throw new IllegalArgumentException("wait-in-open-state must be positive, not " + waitInOpenState);
            }
        }
    }
}
