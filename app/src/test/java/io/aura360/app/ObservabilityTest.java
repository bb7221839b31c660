package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.gateway.events.OutboxEvent;
import io.aura360.gateway.events.TracedEventPublisher;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The all-in-one application's telemetry over HTTP: an incoming W3C {@code traceparent} is honoured end to end
 * (envelope, header, rows, outbox event and its delivery), and {@code /actuator/prometheus} shows the product's metrics after an
 * advice request, with the dashboards' names, tags and sane values.
 */
class ObservabilityTest extends FullStackTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @Autowired
    Tracer tracer;

    @Autowired
    Propagator propagator;

    @Test
    void anIncomingTraceparentsTraceIdIsReturnedAndStored() {
        UUID user = UUID.randomUUID();
        Response answer = send(request("/api/v1/holistic/advice")
                .header("traceparent", TRACEPARENT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token(user))
                .POST(HttpRequest.BodyPublishers.ofString("""
					{"user_id": "%s", "category": "mind", "metadata": {"locale": "en"}}""".formatted(user))));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("trace_id").asString()).isEqualTo(TRACE_ID);
        assertThat(answer.header("X-Trace-Id")).isEqualTo(TRACE_ID);
        UUID request = UUID.fromString(answer.json().path("request_id").asString());
        assertThat(jdbc.sql("select trace_id from holistic_requests where id = ?")
                        .param(request)
                        .query(String.class)
                        .single())
                .isEqualTo(TRACE_ID);
        assertThat(jdbc.sql("select trace_id from holistic_responses where request_id = ?")
                        .param(request)
                        .query(String.class)
                        .single())
                .isEqualTo(TRACE_ID);
        String headers = jdbc.sql("select headers::text from outbox_events where aggregate_id = ?")
                .param(request)
                .query(String.class)
                .single();
        assertThat(JSON.readTree(headers).path("traceparent").asString())
                .as("the event carries the trace on, from a span of this request (not the caller's)")
                .matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01")
                .isNotEqualTo(TRACEPARENT);
    }

    @Test
    void aTraceparentTheCallerDidNotSampleIsHonouredToo() {
        String unsampled = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00";
        UUID user = UUID.randomUUID();
        Response answer = send(request("/api/v1/holistic/advice")
                .header("traceparent", unsampled)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token(user))
                .POST(HttpRequest.BodyPublishers.ofString("""
					{"user_id": "%s", "category": "soul", "metadata": {}}""".formatted(user))));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("trace_id").asString()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
    }

    @Test
    void theOutboxRelaySendsAnEventInItsRequestsTrace() {
        UUID user = UUID.randomUUID();
        Response answer = send(request("/api/v1/holistic/advice")
                .header("traceparent", TRACEPARENT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token(user))
                .POST(HttpRequest.BodyPublishers.ofString("""
					{"user_id": "%s", "category": "body", "metadata": {}}""".formatted(user))));
        OutboxEvent stored = jdbc.sql(
                        "select id, event_type, aggregate_id, payload::text, headers::text from outbox_events "
                                + "where aggregate_id = ?")
                .param(UUID.fromString(answer.json().path("request_id").asString()))
                .query((rs, n) -> new OutboxEvent(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getString(5)))
                .single();
        List<OutboxEvent> sent = new ArrayList<>();

        new TracedEventPublisher(sent::add, tracer, propagator, JSON).publish(stored);

        String storedParent =
                JSON.readTree(stored.headersJson()).path("traceparent").asString();
        assertThat(sent).singleElement().satisfies(event -> {
            assertThat(event.payloadJson()).isEqualTo(stored.payloadJson());
            assertThat(JSON.readTree(event.headersJson()).path("traceparent").asString())
                    .as("the publish span continues the stored trace")
                    .matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01")
                    .isNotEqualTo(storedParent);
            assertThat(JSON.readTree(event.headersJson()).path("trace_id").asString())
                    .isEqualTo(TRACE_ID);
        });
    }

    @Test
    void withoutATraceparentTheRequestStartsItsOwnTrace() {
        UUID user = UUID.randomUUID();
        Response first = advice(user, token(user), "soul", "{}");
        Response second = advice(user, token(user), "soul", "{}");

        assertThat(first.json().path("trace_id").asString())
                .matches("[0-9a-f]{32}")
                .isNotEqualTo(second.json().path("trace_id").asString())
                .isEqualTo(first.header("X-Trace-Id"));
    }

    @Test
    void problemsCarryTheTraceIdOfTheirRequest() {
        Response refused = send(request("/api/v1/holistic/advice")
                .header("traceparent", TRACEPARENT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("trace_id").asString()).isEqualTo(TRACE_ID);
    }

    @Test
    void thePublicPortServesNoMetrics() {
        UUID user = UUID.randomUUID();

        assertThat(get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", token(user)).status()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", token(user)).body()).doesNotContain("aura_outbox");
    }

    @Test
    void prometheusShowsTheProductsMetricsAfterAnAdviceRequest() {
        UUID user = UUID.randomUUID();
        assertThat(advice(user, token(user), "body", "{\"locale\": \"en\"}").status())
                .isEqualTo(200);
        jdbc.sql("update advice_usage set used = 10 where user_id = ? and period_kind = 'day' and period_start = ?")
                .params(user, LocalDate.now(ZoneOffset.UTC))
                .update();
        assertThat(advice(user, token(user), "body", "{}").status())
                .as("over the free daily quota")
                .isEqualTo(429);

        Response scrape = management("/actuator/prometheus");
        long pending = jdbc.sql(
                        "select count(*) from outbox_events where published_at is null and dead_lettered_at is null")
                .query(Long.class)
                .single();

        assertThat(scrape.status()).isEqualTo(200);
        String metrics = scrape.body();
        assertThat(
                        value(
                                metrics,
                                "aura_advice_requests_seconds_count",
                                "application=\"aura360\",category=\"body\",degraded=\"false\",error=\"none\",status=\"COMPLETED\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics)
                .containsPattern("aura_advice_requests_seconds_bucket\\{application=\"aura360\",category=\"body\","
                        + "degraded=\"false\",error=\"none\",status=\"COMPLETED\",le=\"[0-9.]+\"}");
        assertThat(
                        value(
                                metrics,
                                "aura_advice_requests_seconds_count",
                                "application=\"aura360\",category=\"body\",degraded=\"false\",error=\"none\",status=\"REJECTED\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(
                        metrics,
                        "aura_quota_rejections_total",
                        "application=\"aura360\",reason=\"daily\",tier=\"free\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(
                        metrics,
                        "aura_model_calls_seconds_count",
                        "application=\"aura360\",model=\"offline\",outcome=\"success\""))
                .isGreaterThanOrEqualTo(3);
        assertThat(value(
                        metrics, "aura_model_tokens_total", "application=\"aura360\",model=\"offline\",type=\"input\""))
                .as("the offline composer uses no tokens")
                .isZero();
        assertThat(value(
                        metrics,
                        "aura_search_seconds_count",
                        "application=\"aura360\",backend=\"lucene\",mode=\"hybrid\""))
                .isGreaterThanOrEqualTo(3);
        assertThat(value(
                        metrics,
                        "aura_embedding_seconds_count",
                        "application=\"aura360\",model=\"" + BgeSmallEmbeddingProvider.MODEL_ID + "\""))
                .isPositive();
        assertThat(value(metrics, "aura_ingest_chunks_total", "application=\"aura360\""))
                .as("the starter knowledge base is indexed from the build's stored vectors: no chunk embedded at start")
                .isZero();
        assertThat(value(metrics, "aura_agent_retries_total", "application=\"aura360\""))
                .isNotNegative();
        assertThat(value(metrics, "aura_budget_expiries_total", "application=\"aura360\""))
                .isNotNegative();
        assertThat(value(metrics, "aura_advice_degraded_total", "application=\"aura360\",category=\"mind\""))
                .isNotNegative();
        assertThat(value(metrics, "aura_outbox_pending", "application=\"aura360\""))
                .isEqualTo(pending)
                .isPositive();
        assertThat(value(metrics, "aura_outbox_lag_seconds", "application=\"aura360\""))
                .isPositive()
                .isLessThan(3600);
        assertThat(metrics)
                .contains(
                        "http_server_requests_seconds_bucket{application=\"aura360\"",
                        "jvm_memory_used_bytes{",
                        "hikaricp_connections_active{");
    }

    private static double value(String metrics, String name, String labels) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name + "{" + labels + "}") + " (\\S+)$")
                .matcher(metrics);
        assertThat(matcher.find())
                .as("%s{%s} in%n%s", name, labels, grep(metrics, name))
                .isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private static String grep(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name)).reduce("", (a, b) -> a + b + "\n");
    }
}
