package io.aura360.gateway.agents;

import io.aura360.contracts.DeadlineHeader;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.ServiceKeys;
import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.platform.http.DeadlineRequests;
import io.aura360.platform.http.ServiceHttpClients;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agents service over HTTP ({@code POST /agents/v1/runs} at {@code AURA_AGENTS_URL}). The call waits no
 * longer than the request's deadline (plus a second for the answer to travel) and sends the time left in
 * {@link DeadlineHeader#HEADER}, so the agents bound their own calls by it; a failed run keeps the agents'
 * own {@code error_type} and recoverability, and an unreachable or slow service is recoverable. Calls go through
 * a {@link RestClient} built from the application's builder, so they are observed and carry the W3C
 * {@code traceparent} of the request's trace. {@link #forgetUser} is {@code DELETE /agents/v1/users/{id}/memory}.
 */
public final class HttpAdviceAgents implements AdviceAgents {

    private static final Duration TRANSIT = Duration.ofSeconds(1);

    /** An erasure is one small delete; a service that takes longer is treated as unavailable. */
    private static final Duration FORGET_WAIT = Duration.ofSeconds(5);

    private final RestClient client;

    /** Gives each call its own wait: the client is built once (a build per call costs more than the call). */
    private final DeadlineRequests requests;

    private final JsonMapper json;

    private final Clock clock;

    /** {@code ssl}: the gateway's mTLS identity and trusted CA for an {@code https} agents URL, or null. */
    public HttpAdviceAgents(
            URI baseUrl, String serviceKey, JsonMapper json, Clock clock, RestClient.Builder clients, SSLContext ssl) {
        this.requests = new DeadlineRequests(ServiceHttpClients.create(ssl), FORGET_WAIT);
        this.client = clients.clone()
                .baseUrl(baseUrl.toString())
                .defaultHeader(ServiceKeys.HEADER, serviceKey)
                .requestFactory(requests)
                .build();
        this.json = json;
        this.clock = clock;
    }

    @Override
    public AgentRunResult run(AgentRunRequest request) {
        Instant deadline = (request.deadline() != null)
                ? request.deadline()
                : clock.instant().plusSeconds(12);
        Duration wait = Duration.between(clock.instant(), deadline).plus(TRANSIT);
        if (wait.isNegative() || wait.isZero()) {
            throw new AgentRunException(
                    ErrorType.DEADLINE_EXCEEDED, true, "no time left to call the agents service", null);
        }
        try {
            return requests.waiting(
                    wait,
                    () -> client.post()
                            .uri("/agents/v1/runs")
                            .contentType(MediaType.APPLICATION_JSON)
                            .header(DeadlineHeader.HEADER, DeadlineHeader.budget(deadline, clock))
                            // Bytes both ways: Jackson writes and reads UTF-8 itself, without a String between.
                            .body(json.writeValueAsBytes(request))
                            .exchange((call, response) -> {
                                if (response.getStatusCode().value() == 200) {
                                    return json.readValue(response.getBody(), AgentRunResult.class);
                                }
                                throw failure(
                                        response.getStatusCode().value(),
                                        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
                            }));
        } catch (ResourceAccessException ex) {
            if (timedOut(ex)) {
                throw new AgentRunException(
                        ErrorType.AGENTS_TIMEOUT, true, "the agents service did not answer in time", ex);
            }
            throw new AgentRunException(ErrorType.AGENTS_UNAVAILABLE, true, "the agents service is unreachable", ex);
        }
    }

    @Override
    public void forgetUser(UUID userId) {
        try {
            requests.waiting(
                    FORGET_WAIT,
                    () -> client.delete()
                            .uri("/agents/v1/users/{userId}/memory", userId)
                            .exchange((call, response) -> {
                                if (response.getStatusCode().value() != 204) {
                                    throw failure(
                                            response.getStatusCode().value(),
                                            new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
                                }
                                return null;
                            }));
        } catch (ResourceAccessException ex) {
            throw new AgentRunException(ErrorType.AGENTS_UNAVAILABLE, true, "the agents service is unreachable", ex);
        }
    }

    /** The wait ran out: for the response, for a connection (a connect timeout is one too), or for a pooled one. */
    private static boolean timedOut(ResourceAccessException ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof ConnectionRequestTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private AgentRunException failure(int status, String body) {
        JsonNode problem = parse(body);
        String named = problem.path("error_type").asString(null);
        Optional<ErrorType> known = ErrorType.parse(named);
        ErrorType errorType =
                known.orElse(status == 401 ? ErrorType.AGENTS_SERVICE_KEY_REJECTED : ErrorType.AGENTS_ERROR);
        boolean recoverable =
                problem.has("recoverable") ? problem.path("recoverable").asBoolean() : status >= 500;
        // A type this gateway does not know (from a newer agents service) is stored as AGENTS_ERROR, which V16
        // does not refund, and its name goes into the error detail for whoever adds it.
        String detail = (named != null && known.isEmpty())
                ? "the agents service answered " + status + " with unknown error type " + named
                : "the agents service answered " + status;
        return new AgentRunException(errorType, recoverable, detail, null);
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (RuntimeException ex) {
            return json.createObjectNode();
        }
    }
}
