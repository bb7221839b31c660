package io.aura360.gateway.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.sun.net.httpserver.HttpServer;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.platform.breaker.CircuitBreakerProperties;
import io.aura360.platform.breaker.CircuitBreakers;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code agents} breaker in front of the real HTTP client and a local agents service that fails and recovers:
 * 5xx answers open it, an open breaker answers without calling, and it closes by itself once the service is back.
 * A refused request (4xx) says nothing about the service's health and does not count.
 */
class GuardedAdviceAgentsTest {

    private final AtomicInteger status = new AtomicInteger(503);

    private final AtomicInteger calls = new AtomicInteger();

    private HttpServer server;

    private GuardedAdviceAgents agents;

    private CircuitBreaker breaker;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/agents/v1/users/", exchange -> {
            calls.incrementAndGet();
            int answer = status.get();
            byte[] body = (answer == 204)
                    ? new byte[0]
                    : "{\"error_type\":\"AGENTS_ERROR\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        CircuitBreakers breakers = new CircuitBreakers(new CircuitBreakerProperties(
                CircuitBreakerProperties.defaultsOnly().defaults(),
                Map.of("agents", new CircuitBreakerProperties.Settings(50, 3, 3, Duration.ofMillis(300), 1))));
        breaker = breakers.breaker("agents", GuardedAdviceAgents::isServiceFailure);
        agents = new GuardedAdviceAgents(
                new HttpAdviceAgents(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                        "gateway-breaker-test-key-0123456789",
                        JsonMapper.builder().build(),
                        Clock.systemUTC(),
                        RestClient.builder(),
                        null),
                breaker);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void opensOnFailuresRefusesWithoutCallingAndRecoversByItself() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            assertThatExceptionOfType(AgentRunException.class).isThrownBy(this::forget);
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

        AgentRunException refused = fails();
        assertThat(refused.errorType()).isEqualTo(ErrorType.AGENTS_UNAVAILABLE);
        assertThat(refused.getCause()).isInstanceOf(CallNotPermittedException.class);
        assertThat(calls).hasValue(3);

        status.set(204);
        AtomicReference<CircuitBreaker.State> state = new AtomicReference<>();
        for (int polls = 0; polls < 200 && (state.get() != CircuitBreaker.State.HALF_OPEN); polls++) {
            Thread.sleep(50);
            state.set(breaker.getState());
        }
        assertThat(state.get()).isEqualTo(CircuitBreaker.State.HALF_OPEN);

        assertThatNoException().isThrownBy(this::forget);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(calls).hasValue(4);
    }

    @Test
    void aFailedProbeOpensItAgain() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            fails();
        }
        for (int polls = 0; polls < 200 && breaker.getState() != CircuitBreaker.State.HALF_OPEN; polls++) {
            Thread.sleep(50);
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);

        assertThat(fails().getCause()).isNull();
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void refusedRequestsDoNotOpenIt() {
        status.set(422);
        for (int i = 0; i < 5; i++) {
            assertThat(fails().recoverable()).isFalse();
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(calls).hasValue(5);
    }

    private void forget() {
        agents.forgetUser(UUID.randomUUID());
    }

    private AgentRunException fails() {
        try {
            forget();
        } catch (AgentRunException ex) {
            return ex;
        }
        throw new AssertionError("the call did not fail");
    }
}
