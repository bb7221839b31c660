package io.aura360.gateway.agents;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.net.ssl.SSLContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.aura360.contracts.DeadlineHeader;
import io.aura360.contracts.ServiceKeys;
import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;

/**
 * The agents service over HTTP ({@code POST /agents/v1/runs} at {@code AURA_AGENTS_URL}). The call waits no
 * longer than the request's deadline (plus a second for the answer to travel) and sends the time left in
 * {@link DeadlineHeader#HEADER}, so the agents bound their own calls by it; a failed run keeps the agents'
 * own {@code error_type} and recoverability, and an unreachable or slow service is recoverable.
 */
public final class HttpAdviceAgents implements AdviceAgents {

	private static final Duration TRANSIT = Duration.ofSeconds(1);

	private final URI runs;

	private final String serviceKey;

	private final JsonMapper json;

	private final Clock clock;

	private final HttpClient http;

	public HttpAdviceAgents(URI baseUrl, String serviceKey, JsonMapper json, Clock clock) {
		this(baseUrl, serviceKey, json, clock, null);
	}

	/** {@code ssl}: the gateway's mTLS identity and trusted CA for an {@code https} agents URL, or null. */
	public HttpAdviceAgents(URI baseUrl, String serviceKey, JsonMapper json, Clock clock, SSLContext ssl) {
		this.runs = baseUrl.resolve("/agents/v1/runs");
		this.serviceKey = serviceKey;
		this.json = json;
		this.clock = clock;
		HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
		this.http = (ssl == null) ? builder.build() : builder.sslContext(ssl).build();
	}

	@Override
	public AgentRunResult run(AgentRunRequest request) {
		Instant deadline = (request.deadline() != null) ? request.deadline() : clock.instant().plusSeconds(12);
		Duration wait = Duration.between(clock.instant(), deadline).plus(TRANSIT);
		if (wait.isNegative() || wait.isZero()) {
			throw new AgentRunException("DEADLINE_EXCEEDED", true, "no time left to call the agents service", null);
		}
		HttpRequest call = HttpRequest.newBuilder(runs)
			.timeout(wait)
			.header("Content-Type", "application/json")
			.header(ServiceKeys.HEADER, serviceKey)
			.header(DeadlineHeader.HEADER, DeadlineHeader.budget(deadline, clock))
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request)))
			.build();
		HttpResponse<String> response = send(call);
		if (response.statusCode() == 200) {
			return json.readValue(response.body(), AgentRunResult.class);
		}
		throw failure(response);
	}

	private HttpResponse<String> send(HttpRequest call) {
		try {
			return http.send(call, HttpResponse.BodyHandlers.ofString());
		}
		catch (HttpTimeoutException ex) {
			throw new AgentRunException("AGENTS_TIMEOUT", true, "the agents service did not answer in time", ex);
		}
		catch (IOException ex) {
			throw new AgentRunException("AGENTS_UNAVAILABLE", true, "the agents service is unreachable", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AgentRunException("AGENTS_UNAVAILABLE", true, "interrupted while calling the agents service", ex);
		}
	}

	private AgentRunException failure(HttpResponse<String> response) {
		int status = response.statusCode();
		JsonNode problem = parse(response.body());
		String errorType = problem.path("error_type").asString(status == 401 ? "AGENTS_SERVICE_KEY_REJECTED" : "AGENTS_ERROR");
		boolean recoverable = problem.has("recoverable") ? problem.path("recoverable").asBoolean() : status >= 500;
		return new AgentRunException(errorType, recoverable, "the agents service answered " + status, null);
	}

	private JsonNode parse(String body) {
		try {
			return json.readTree(body);
		}
		catch (RuntimeException ex) {
			return json.createObjectNode();
		}
	}

}
