package io.aura360.gateway.request;

import io.aura360.contracts.advice.AdvicePayload;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.gateway.delivery.Deliveries;
import io.aura360.gateway.trace.TraceContextHeaders;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer of a completed request ({@code holistic_responses}) and the {@code holistic.response.created} outbox
 * event that announces it, written in the transaction that completes the request ({@link RequestOutcomes}).
 */
@Repository
class CompletedResponses {

    static final String RESPONSE_CREATED_EVENT = "holistic.response.created";

    private final JdbcClient jdbc;

    private final JsonMapper json;

    private final TraceContextHeaders traceHeaders;

    CompletedResponses(JdbcClient jdbc, JsonMapper json, TraceContextHeaders traceHeaders) {
        this.jdbc = jdbc;
        this.json = json;
        this.traceHeaders = traceHeaders;
    }

    /**
     * The response of the request {@code requestId} made at {@code requestedAt}, and its outbox event; with
     * {@code answeredInResponse} (its client waits and gets it in the synchronous 200) delivered by
     * {@link Deliveries.Channel#RESPONSE} in the same row, rather than by one more write and commit afterwards.
     */
    void write(
            UUID requestId,
            OffsetDateTime requestedAt,
            AgentRunResult result,
            String traceId,
            boolean answeredInResponse) {
        AdvicePayload payload = result.payload();
        String[] version = payload.version().split("\\.");
        jdbc.sql("""
				insert into holistic_responses (request_id, request_requested_at, payload, trace_id,
				                                human_review_required, version_major, version_minor,
				                                delivered_at, delivered_via)
				values (:request, :requestedAt, cast(:payload as jsonb), :trace, :review, :major, :minor,
				        case when :via is not null then now() end, :via)""")
                .param("via", answeredInResponse ? Deliveries.Channel.RESPONSE.wire() : null, Types.VARCHAR)
                .param("request", requestId)
                .param("requestedAt", requestedAt)
                .param("payload", json.writeValueAsString(payload))
                .param("trace", traceId)
                .param("review", result.humanReviewRequired())
                .param("major", Integer.parseInt(version[0]))
                .param("minor", Integer.parseInt(version[1]))
                .update();
        jdbc.sql("""
				insert into outbox_events (aggregate_type, aggregate_id, event_type, payload, headers)
				values ('holistic_request', :id, :type, cast(:payload as jsonb), cast(:headers as jsonb))""")
                .param("id", requestId)
                .param("type", RESPONSE_CREATED_EVENT)
                .param(
                        "payload",
                        json.writeValueAsString(Map.of(
                                "request_id",
                                requestId.toString(),
                                "user_id",
                                payload.user().id(),
                                "category",
                                payload.category().wireName(),
                                "recommendations",
                                payload.recommendations().size(),
                                "tier",
                                payload.user().tier(),
                                "language",
                                payload.user().locale(),
                                "outcome",
                                outcome(result))))
                .param("headers", json.writeValueAsString(eventHeaders(traceId)))
                .update();
    }

    /** What the analytics count the answer as: one asking for human review first, then a degraded one. */
    private static String outcome(AgentRunResult result) {
        return result.humanReviewRequired() ? "review" : result.degraded() ? "degraded" : "answered";
    }

    /** The request's trace id and the current trace context ({@code traceparent}), stored with the event. */
    private Map<String, String> eventHeaders(String traceId) {
        Map<String, String> headers = new LinkedHashMap<>(traceHeaders.current());
        headers.put("trace_id", traceId);
        return headers;
    }
}
