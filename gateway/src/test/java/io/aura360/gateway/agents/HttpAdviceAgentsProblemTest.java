package io.aura360.gateway.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.sun.net.httpserver.HttpServer;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The agents service's problems become typed run errors; a type this gateway does not know is handled too. */
class HttpAdviceAgentsProblemTest {

    private static final String KEY = "gateway-problem-test-key-0123456789";

    private HttpServer agents;

    @AfterEach
    void stop() {
        agents.stop(0);
    }

    @Test
    void keepsAKnownErrorTypeAndItsRecoverability() throws IOException {
        HttpAdviceAgents client = answering(422, "{\"error_type\":\"NO_AGENT_PROFILE\",\"recoverable\":false}");

        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> client.forgetUser(UUID.randomUUID()))
                .satisfies(ex -> {
                    assertThat(ex.errorType()).isEqualTo(ErrorType.NO_AGENT_PROFILE);
                    assertThat(ex.recoverable()).isFalse();
                    assertThat(ex.getMessage()).isEqualTo("the agents service answered 422");
                });
    }

    @Test
    void anUnknownErrorTypeIsAnAgentsErrorThatNamesItInTheDetail() throws IOException {
        HttpAdviceAgents client = answering(503, "{\"error_type\":\"MEMORY_SHARD_LOST\",\"recoverable\":true}");

        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> client.forgetUser(UUID.randomUUID()))
                .satisfies(ex -> {
                    assertThat(ex.errorType()).isEqualTo(ErrorType.AGENTS_ERROR);
                    assertThat(ex.recoverable()).isTrue();
                    assertThat(ex.getMessage()).contains("503", "MEMORY_SHARD_LOST");
                });
    }

    @Test
    void aRejectedKeyWithoutAProblemBodyIsNamedSo() throws IOException {
        HttpAdviceAgents client = answering(401, "");

        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> client.forgetUser(UUID.randomUUID()))
                .satisfies(ex -> {
                    assertThat(ex.errorType()).isEqualTo(ErrorType.AGENTS_SERVICE_KEY_REJECTED);
                    assertThat(ex.recoverable()).isFalse();
                });
    }

    private HttpAdviceAgents answering(int status, String problem) throws IOException {
        agents = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        agents.createContext("/agents/v1/users/", exchange -> {
            byte[] body = problem.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        agents.start();
        return new HttpAdviceAgents(
                URI.create("http://127.0.0.1:" + agents.getAddress().getPort()),
                KEY,
                JsonMapper.builder().build(),
                Clock.systemUTC(),
                RestClient.builder(),
                null);
    }
}
