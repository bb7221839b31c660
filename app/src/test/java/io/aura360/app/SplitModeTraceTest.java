package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.app.OtlpReceiver.ExportedSpan;
import io.aura360.app.cli.DevTokens;
import io.aura360.app.service.AgentsServiceApplication;
import io.aura360.app.service.GatewayServiceApplication;
import io.aura360.app.service.VectorServiceApplication;
import io.aura360.contracts.telemetry.UserPseudonyms;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Split mode, traced: the gateway, agents and vector applications run as three Spring Boot applications on their
 * own ports, call each other over HTTP and export their spans over OTLP/HTTP (from {@code AURA_OTLP_ENDPOINT}) to
 * an in-test receiver. One advice request must make one trace across the three services, each hop a child of
 * the call that caused it, with the request's attributes on the spans and the user only as a pseudonym.
 */
class SplitModeTraceTest {

    static final String SERVICE_KEY = "split-trace-test-service-key-0123456789";

    static final String JWT_SECRET = "split-trace-test-secret-of-at-least-32-bytes";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void oneTraceSpansTheGatewayTheAgentsAndTheVectorService() throws Exception {
        Path home = Files.createTempDirectory("aura360-split-trace");
        UUID user = UUID.randomUUID();
        JsonNode envelope;
        List<ExportedSpan> exported;
        try (OtlpReceiver otlp = new OtlpReceiver()) {
            Map<String, String> env = Map.of(
                    "AURA_OTLP_ENDPOINT", otlp.url(), "AURA_HOME", home.toString(), "AURA_JWT_SECRET", JWT_SECRET);
            int gatewayPort = freePort();
            int agentsPort = freePort();
            List<ConfigurableApplicationContext> services = new ArrayList<>();
            try {
                services.add(start(VectorServiceApplication.class, env, home, "--server.port=0"));
                String vectorUrl =
                        "http://127.0.0.1:" + services.get(0).getEnvironment().getProperty("local.server.port");
                List<String> gatewayArgs = new ArrayList<>(List.of(
                        "--server.port=" + gatewayPort,
                        "--aura.agents.url=http://127.0.0.1:" + agentsPort,
                        "--aura.outbox.relay-interval=1h"));
                TestDatabase.external().ifPresent(url -> {
                    gatewayArgs.add("--aura.db.url=" + url);
                    gatewayArgs.add("--spring.datasource.url=" + url);
                });
                services.add(start(GatewayServiceApplication.class, env, home, gatewayArgs.toArray(String[]::new)));
                services.add(start(
                        AgentsServiceApplication.class,
                        env,
                        home,
                        "--server.port=" + agentsPort,
                        "--aura.vector.url=" + vectorUrl));

                envelope = ask(gatewayPort, user);
            } finally {
                // Closing an application flushes its span exporter.
                services.reversed().forEach(ConfigurableApplicationContext::close);
            }
            exported = otlp.spans();
        }

        String traceId = envelope.path("trace_id").asString();
        List<ExportedSpan> trace =
                exported.stream().filter(span -> span.traceId().equals(traceId)).toList();
        assertThat(trace)
                .extracting(ExportedSpan::service)
                .as("spans of the trace, of %s", describe(exported))
                .contains("aura360-gateway", "aura360-agents", "aura360-vector");

        ExportedSpan request = one(trace, "aura360-gateway", SpanKind.SPAN_KIND_SERVER, "/api/v1/holistic/advice");
        assertThat(request.parentSpanId()).as("the request starts the trace").isEmpty();
        ExportedSpan advice = trace.stream()
                .filter(span -> span.name().equals("advice"))
                .findFirst()
                .orElseThrow();
        assertThat(ancestors(advice, trace)).contains(request);
        String pseudonym = UserPseudonyms.keyedBy(null, SERVICE_KEY).of(user);
        assertThat(advice.attributes())
                .containsEntry("user_id", pseudonym)
                .containsEntry("category", "mind")
                .containsEntry("request_id", envelope.path("request_id").asString())
                .containsEntry("status", "COMPLETED");
        assertThat(trace)
                .allSatisfy(span -> assertThat(span.attributes().values()).noneMatch(v -> v.contains(user.toString())));

        ExportedSpan runs = one(trace, "aura360-agents", SpanKind.SPAN_KIND_SERVER, "/agents/v1/runs");
        ExportedSpan runsCall = parentOf(runs, trace);
        assertThat(runsCall.service()).isEqualTo("aura360-gateway");
        assertThat(runsCall.kind()).isEqualTo(SpanKind.SPAN_KIND_CLIENT);
        assertThat(ancestors(runsCall, trace)).contains(advice);

        List<ExportedSpan> searches = all(trace, "aura360-vector", SpanKind.SPAN_KIND_SERVER, "/vector/v1/search");
        assertThat(searches).as("one search per agent step").isNotEmpty().allSatisfy(search -> {
            ExportedSpan searchCall = parentOf(search, trace);
            assertThat(searchCall.service()).isEqualTo("aura360-agents");
            assertThat(searchCall.kind()).isEqualTo(SpanKind.SPAN_KIND_CLIENT);
            assertThat(ancestors(searchCall, trace)).contains(runs);
        });

        assertThat(trace)
                .filteredOn(
                        span -> span.service().equals("aura360-gateway") && span.kind() == SpanKind.SPAN_KIND_SERVER)
                .as("calls run one way: the agents never call the gateway back")
                .containsExactly(request);

        ExportedSpan run = trace.stream()
                .filter(span -> span.name().equals("agents.run"))
                .findFirst()
                .orElseThrow();
        assertThat(run.attributes())
                .containsEntry("user_id", pseudonym)
                .containsEntry("request_id", envelope.path("request_id").asString())
                .containsEntry("category", "mind");
        assertThat(ancestors(run, trace)).contains(runs);

        List<ExportedSpan> modelCalls = trace.stream()
                .filter(span -> span.name().equals("chat offline"))
                .toList();
        assertThat(modelCalls).isNotEmpty().allSatisfy(call -> {
            assertThat(call.kind()).isEqualTo(SpanKind.SPAN_KIND_CLIENT);
            assertThat(call.attributes())
                    .containsEntry("gen_ai.operation.name", "chat")
                    .containsEntry("gen_ai.request.model", "offline")
                    .containsEntry("gen_ai.usage.input_tokens", "0")
                    .containsEntry("gen_ai.usage.output_tokens", "0")
                    .containsEntry("category", "mind")
                    .containsKeys("agent_name", "gen_ai.response.finish_reasons");
            assertThat(ancestors(call, trace)).contains(run);
        });
    }

    private static ConfigurableApplicationContext start(
            Class<?> service, Map<String, String> env, Path home, String... args) {
        List<String> all = new ArrayList<>(List.of(
                "--aura.home=" + home,
                "--aura.service-key=" + SERVICE_KEY,
                "--aura.jwt.secret=" + JWT_SECRET,
                "--management.opentelemetry.tracing.export.schedule-delay=100ms"));
        all.addAll(List.of(args));
        return AuraApplication.create(env, service).run(all.toArray(String[]::new));
    }

    private static JsonNode ask(int gatewayPort, UUID user) throws IOException, InterruptedException {
        String token = new DevTokens(JWT_SECRET).sign(user, "free", List.of(), Duration.ofMinutes(5));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + gatewayPort + "/api/v1/holistic/advice"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("""
					{"user_id": "%s", "category": "mind", "metadata": {"locale": "en"}}""".formatted(user)))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        }
    }

    /** The one span of {@code service} and {@code kind} for {@code path} (the observed request's URI template). */
    private static ExportedSpan one(List<ExportedSpan> trace, String service, SpanKind kind, String path) {
        List<ExportedSpan> found = all(trace, service, kind, path);
        assertThat(found)
                .as("%s %s %s in %s", service, kind, path, describe(trace))
                .hasSize(1);
        return found.get(0);
    }

    private static List<ExportedSpan> all(List<ExportedSpan> trace, String service, SpanKind kind, String path) {
        Predicate<ExportedSpan> matches = span -> span.service().equals(service)
                && span.kind() == kind
                && path.equals(span.attributes().get("uri"));
        return trace.stream().filter(matches).toList();
    }

    private static ExportedSpan parentOf(ExportedSpan span, List<ExportedSpan> trace) {
        return find(span.parentSpanId(), trace).orElseThrow(() -> new AssertionError("no parent of " + span));
    }

    private static List<ExportedSpan> ancestors(ExportedSpan span, List<ExportedSpan> trace) {
        List<ExportedSpan> ancestors = new ArrayList<>();
        for (Optional<ExportedSpan> parent = find(span.parentSpanId(), trace);
                parent.isPresent();
                parent = find(parent.get().parentSpanId(), trace)) {
            ancestors.add(parent.get());
        }
        return ancestors;
    }

    private static Optional<ExportedSpan> find(String spanId, List<ExportedSpan> trace) {
        return trace.stream().filter(span -> span.spanId().equals(spanId)).findFirst();
    }

    private static String describe(List<ExportedSpan> spans) {
        return spans.stream()
                .map(s -> s.service() + " " + s.kind() + " " + s.name() + " " + s.spanId() + "<-" + s.parentSpanId()
                        + " " + s.attributes())
                .collect(Collectors.joining("\n", "\n", ""));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
