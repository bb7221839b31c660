package io.aura360.gateway.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.sun.net.httpserver.HttpServer;
import io.aura360.contracts.Category;
import io.aura360.contracts.DeadlineHeader;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.UserContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The gateway → agents hop sends the request's remaining budget and stops waiting when it is spent. */
class HttpAdviceAgentsDeadlineTest {

    private static final String KEY = "gateway-deadline-test-key-0123456789";

    private final List<String> budgets = new CopyOnWriteArrayList<>();

    private final CountDownLatch release = new CountDownLatch(1);

    private HttpServer agents;

    @BeforeEach
    void startAnAgentsServiceThatNeverAnswers() throws IOException {
        agents = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        agents.createContext("/agents/v1/runs", exchange -> {
            budgets.add(exchange.getRequestHeaders().getFirst(DeadlineHeader.HEADER));
            try {
                release.await();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        agents.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        agents.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        agents.stop(0);
    }

    @Test
    void sendsTheTimeLeftAndGivesUpOnceItIsSpent() {
        Clock clock = Clock.systemUTC();
        HttpAdviceAgents client = new HttpAdviceAgents(
                URI.create("http://127.0.0.1:" + agents.getAddress().getPort()),
                KEY,
                JsonMapper.builder().build(),
                clock,
                RestClient.builder(),
                null);
        AgentRunRequest request = new AgentRunRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Category.BODY,
                "en",
                "free",
                null,
                null,
                UserContext.empty(),
                clock.instant().plusMillis(400),
                List.of(),
                List.of());

        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> client.run(request))
                .satisfies(ex -> {
                    assertThat(ex.errorType()).isEqualTo(ErrorType.AGENTS_TIMEOUT);
                    assertThat(ex.recoverable()).isTrue();
                });
        assertThat(budgets)
                .singleElement()
                .satisfies(b -> assertThat(Long.parseLong(b)).isBetween(0L, 400L));
    }

    @Test
    void doesNotCallOnceTheDeadlineHasPassed() {
        HttpAdviceAgents client = new HttpAdviceAgents(
                URI.create("http://127.0.0.1:" + agents.getAddress().getPort()),
                KEY,
                JsonMapper.builder().build(),
                Clock.systemUTC(),
                RestClient.builder(),
                null);
        AgentRunRequest late = new AgentRunRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Category.BODY,
                "en",
                "free",
                null,
                null,
                UserContext.empty(),
                Instant.now().minusSeconds(2),
                List.of(),
                List.of());

        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> client.run(late))
                .satisfies(ex -> assertThat(ex.errorType()).isEqualTo(ErrorType.DEADLINE_EXCEEDED));
        assertThat(budgets).isEmpty();
    }
}
