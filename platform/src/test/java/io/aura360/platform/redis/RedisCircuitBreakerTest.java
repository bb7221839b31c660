package io.aura360.platform.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.aura360.platform.breaker.CircuitBreakers;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import redis.embedded.RedisServer;

/**
 * The {@code redis} breaker on a real redis-server that goes away and comes back: failing commands open it, an open
 * breaker refuses at once with a {@link RedisException} (what every feature already falls back on), and it probes
 * half-open and closes again by itself once Redis is back. Always an embedded server of its own, since the test
 * stops it: the machine's shared Redis is not ours to stop.
 */
class RedisCircuitBreakerTest {

    @Test
    @SuppressWarnings("unchecked")
    void opensWhileRedisIsDownAndClosesByItselfWhenItIsBack() throws IOException {
        int port = freePort();
        RedisServer redis = new RedisServer(port);
        redis.start();
        try {
            context(port).run(context -> {
                StatefulRedisConnection<String, String> connection = context.getBean(StatefulRedisConnection.class);
                CircuitBreaker breaker = context.getBean(CircuitBreakers.class).breaker("redis", failure -> true);
                List<String> transitions = new CopyOnWriteArrayList<>();
                breaker.getEventPublisher()
                        .onStateTransition(event ->
                                transitions.add(event.getStateTransition().name()));
                MeterRegistry meters = new SimpleMeterRegistry();
                context.getBeansOfType(MeterBinder.class).values().forEach(binder -> binder.bindTo(meters));

                assertThat(connection.sync().ping()).isEqualTo("PONG");
                assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);

                redis.stop();
                for (int i = 0; i < 4; i++) {
                    assertThatThrownBy(() -> connection.sync().set("k", "v")).isInstanceOf(RedisException.class);
                }
                assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
                assertThatThrownBy(() -> connection.sync().get("k"))
                        .isInstanceOf(RedisConnectionException.class)
                        .hasCauseInstanceOf(CallNotPermittedException.class);
                assertThat(meters.get("resilience4j.circuitbreaker.state")
                                .tags("name", "redis", "state", "open")
                                .gauge()
                                .value())
                        .isEqualTo(1.0);
                Health health = context.getBean(HealthIndicator.class).health();
                assertThat(health.getDetails()).containsKey("redis");
                assertThat((Map<String, Object>) health.getDetails().get("redis"))
                        .containsEntry("state", "OPEN");

                // Nobody calls: the breaker turns half-open on its own after wait-in-open-state.
                // (Bounded generously: a loaded CI machine may run the transition late, never not at all.)
                // Watched as transition events, not polled states: a half-open moment between two polls still counts.
                await().atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> assertThat(transitions).contains("OPEN_TO_HALF_OPEN"));

                redis.start();
                await().atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> {
                            try {
                                connection.sync().ping();
                            } catch (RedisException stillDownOrOpen) {
                                // a probe that failed reopens the breaker; it turns half-open again by itself
                            }
                            return breaker.getState() == CircuitBreaker.State.CLOSED;
                        });
                assertThat(connection.sync().ping()).isEqualTo("PONG");
                assertThat(meters.get("resilience4j.circuitbreaker.state")
                                .tags("name", "redis", "state", "closed")
                                .gauge()
                                .value())
                        .isEqualTo(1.0);
            });
        } finally {
            if (redis.isActive()) {
                redis.stop();
            }
        }
    }

    private static ApplicationContextRunner context(int port) {
        Map<String, Object> environment = Map.of(
                "AURA_REDIS_URL", "redis://127.0.0.1:" + port,
                "AURA_REDIS_TIMEOUT", "300ms",
                "AURA_CIRCUIT_BREAKERS_INSTANCES_REDIS_SLIDING_WINDOW_SIZE", "4",
                "AURA_CIRCUIT_BREAKERS_INSTANCES_REDIS_MINIMUM_NUMBER_OF_CALLS", "4",
                "AURA_CIRCUIT_BREAKERS_INSTANCES_REDIS_WAIT_IN_OPEN_STATE", "500ms",
                "AURA_CIRCUIT_BREAKERS_INSTANCES_REDIS_PERMITTED_CALLS_IN_HALF_OPEN_STATE", "1");
        return new ApplicationContextRunner()
                .withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource("test-env", environment)))
                .withUserConfiguration(RedisConfiguration.class);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
