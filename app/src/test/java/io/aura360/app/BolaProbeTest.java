package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Broken object-level authorisation probes, one per endpoint the application maps: user B, holding a valid token,
 * tries to read, change or learn of user A's resources with A's ids. The endpoint list comes from Spring's own
 * handler mapping, so a new endpoint fails {@link #everyMappedEndpointHasAProbe} until a probe covers it.
 */
class BolaProbeTest extends FullStackTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final UUID alice = UUID.randomUUID();

    private final UUID bob = UUID.randomUUID();

    private final String aliceDevice = "alice-device-" + UUID.randomUUID();

    private String aliceRequest;

    /** A's resources: a finished request, profile, health data, webhook and device. */
    @BeforeEach
    void aliceHasData() {
        Response answered = advice(alice, token(alice), "mind", "{\"message\": \"alice private worry\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        aliceRequest = answered.json().path("request_id").asString();
        assertThat(put(
                                "/api/v1/me/profile",
                                token(alice),
                                "{\"display_name\": \"Alice Secret\", \"goals\": [\"alice goal\"]}")
                        .status())
                .isEqualTo(200);
        assertThat(postJson(
                                "/api/v1/me/habits",
                                token(alice),
                                "{\"habit_type\": \"sleep\", \"description\": \"alice habit\"}")
                        .status())
                .isEqualTo(201);
        assertThat(postJson(
                                "/api/v1/me/biometrics",
                                token(alice),
                                "{\"metric\": \"sleep_hours\", \"value\": 7.25, \"unit\": \"h\"}")
                        .status())
                .isEqualTo(201);
        assertThat(postJson("/api/v1/me/clinical-history", token(alice), "{\"condition\": \"alice condition\"}")
                        .status())
                .isEqualTo(201);
        assertThat(put("/api/v1/me/webhook", token(alice), "{\"url\": \"https://alice.example/hook\"}")
                        .status())
                .isEqualTo(200);
        assertThat(put(
                                "/api/v1/me/push-token",
                                token(alice),
                                "{\"token\": \"%s\", \"platform\": \"ios\"}".formatted(aliceDevice))
                        .status())
                .isEqualTo(204);
    }

    /** Every probe, keyed {@code METHOD pattern} exactly as Spring maps it. */
    private Map<String, Consumer<String>> probes() {
        Map<String, Consumer<String>> probes = new LinkedHashMap<>();
        probes.put("POST /api/v1/holistic/advice", bob -> {
            Response forAlice = advice(alice, bob, "mind", "{}");
            Response forNobody = advice(UUID.randomUUID(), bob, "mind", "{}");
            assertThat(forAlice.status()).isEqualTo(403);
            assertSameProblem(forAlice, forNobody);
        });
        probes.put("GET /api/v1/holistic/requests/{id}", bob -> {
            Response theirs = get("/api/v1/holistic/requests/" + aliceRequest, bob);
            assertThat(theirs.status()).isEqualTo(404);
            assertSameProblem(theirs, get("/api/v1/holistic/requests/" + UUID.randomUUID(), bob));
        });
        probes.put("GET /api/v1/holistic/requests/{id}/events", bob -> {
            Response theirs = get("/api/v1/holistic/requests/" + aliceRequest + "/events", bob);
            assertThat(theirs.status()).isEqualTo(404);
            assertSameProblem(theirs, get("/api/v1/holistic/requests/" + UUID.randomUUID() + "/events", bob));
        });
        probes.put(
                "GET /api/v1/me/profile",
                bob -> assertThat(get("/api/v1/me/profile", bob).body()).doesNotContain("Alice", alice.toString()));
        probes.put("PUT /api/v1/me/profile", bob -> {
            assertThat(put(
                                    "/api/v1/me/profile",
                                    bob,
                                    "{\"user_id\": \"%s\", \"display_name\": \"Bob\"}".formatted(alice))
                            .status())
                    .isEqualTo(422);
            assertThat(put("/api/v1/me/profile", bob, "{\"display_name\": \"Bob\"}")
                            .status())
                    .isEqualTo(200);
        });
        probes.put("PATCH /api/v1/me/profile", bob -> {
            assertThat(mergePatchProfile(bob, "{\"user_id\": \"%s\", \"display_name\": \"Bob\"}".formatted(alice))
                            .status())
                    .isEqualTo(422);
            Response own = mergePatchProfile(bob, "{\"display_name\": \"Bob\"}");
            assertThat(own.status()).isEqualTo(200);
            assertThat(own.body()).doesNotContain("Alice", alice.toString());
        });
        for (String list : List.of("habits", "biometrics", "clinical-history")) {
            probes.put(
                    "GET /api/v1/me/" + list,
                    bob -> assertThat(get("/api/v1/me/" + list, bob).body()).doesNotContain("alice", "7.25"));
        }
        probes.put(
                "POST /api/v1/me/habits",
                bob -> assertThat(postJson(
                                        "/api/v1/me/habits",
                                        bob,
                                        "{\"user_id\": \"%s\", \"habit_type\": \"sleep\", \"description\": \"x\"}"
                                                .formatted(alice))
                                .status())
                        .isEqualTo(422));
        probes.put(
                "POST /api/v1/me/biometrics",
                bob -> assertThat(postJson(
                                        "/api/v1/me/biometrics",
                                        bob,
                                        "{\"user_id\": \"%s\", \"metric\": \"sleep_hours\", \"value\": 1, \"unit\": \"h\"}"
                                                .formatted(alice))
                                .status())
                        .isEqualTo(422));
        probes.put(
                "POST /api/v1/me/clinical-history",
                bob -> assertThat(postJson(
                                        "/api/v1/me/clinical-history",
                                        bob,
                                        "{\"user_id\": \"%s\", \"condition\": \"x\"}".formatted(alice))
                                .status())
                        .isEqualTo(422));
        probes.put(
                "DELETE /api/v1/me",
                bob -> assertThat(send(request("/api/v1/me").DELETE().header("Authorization", "Bearer " + bob))
                                .status())
                        .isEqualTo(204));
        probes.put("GET /api/v1/holistic/requests", bob -> {
            Response history = get("/api/v1/holistic/requests", bob);
            assertThat(history.status()).isEqualTo(200);
            assertThat(history.body()).doesNotContain(aliceRequest);
        });
        probes.put(
                "GET /api/v1/me/usage",
                bob -> assertThat(get("/api/v1/me/usage", bob)
                                .json()
                                .path("daily")
                                .path("used")
                                .asInt())
                        .isZero());
        probes.put(
                "PUT /api/v1/me/webhook",
                bob -> assertThat(put("/api/v1/me/webhook", bob, "{\"url\": \"https://bob.example/hook\"}")
                                .status())
                        .isEqualTo(200));
        probes.put(
                "DELETE /api/v1/me/webhook",
                bob -> assertThat(send(request("/api/v1/me/webhook").DELETE().header("Authorization", "Bearer " + bob))
                                .status())
                        .isEqualTo(204));
        probes.put(
                "PUT /api/v1/me/push-token",
                bob -> assertThat(put(
                                        "/api/v1/me/push-token",
                                        bob,
                                        "{\"token\": \"%s\", \"platform\": \"android\"}".formatted(aliceDevice))
                                .status())
                        .isEqualTo(204));
        probes.put("DELETE /api/v1/me/push-token", bob -> {
            Response theirs = deleteJson("/api/v1/me/push-token", bob, "{\"token\": \"%s\"}".formatted(aliceDevice));
            assertThat(theirs.status()).isIn(204, 404);
            assertThat(deleteJson("/api/v1/me/push-token", bob, "{\"token\": \"%s\"}".formatted(aliceDevice))
                            .status())
                    .isEqualTo(404);
        });
        // Admin and service endpoints hold no per-user resources; a user token never opens them. (The gateway's
        // former internal API is gone: InternalApiTest checks that it answers 404.)
        probes.put(
                "GET /api/v1/admin/agent-profiles",
                bob -> assertThat(get("/api/v1/admin/agent-profiles", bob).status())
                        .isEqualTo(403));
        probes.put("GET /api/v1/admin/agent-profiles/{name}", bob -> {
            assertThat(get("/api/v1/admin/agent-profiles/mind-default", bob).status())
                    .isEqualTo(403);
            assertThat(get("/api/v1/admin/agent-profiles/no-such-profile", bob).status())
                    .isEqualTo(403);
        });
        probes.put(
                "POST /api/v1/admin/agent-profiles",
                bob -> assertThat(postJson("/api/v1/admin/agent-profiles", bob, "{}")
                                .status())
                        .isEqualTo(403));
        probes.put(
                "PUT /api/v1/admin/agent-profiles/{name}",
                bob -> assertThat(put("/api/v1/admin/agent-profiles/mind-default", bob, "{}")
                                .status())
                        .isEqualTo(403));
        // A's review item holds her message and answer: only an admin may see or move it.
        probes.put("GET /api/v1/admin/reviews", bob -> {
            aliceReviewItem();
            assertThat(get("/api/v1/admin/reviews", bob).status()).isEqualTo(403);
        });
        probes.put(
                "POST /api/v1/admin/reviews/{id}/claim",
                bob -> assertThat(postJson("/api/v1/admin/reviews/" + aliceReviewItem() + "/claim", bob, "")
                                .status())
                        .isEqualTo(403));
        probes.put(
                "POST /api/v1/admin/reviews/{id}/resolve",
                bob -> assertThat(postJson(
                                        "/api/v1/admin/reviews/" + aliceReviewItem() + "/resolve",
                                        bob,
                                        "{\"outcome\": \"no_action\"}")
                                .status())
                        .isEqualTo(403));
        // the outbox names A's requests (aggregate ids) and their events: operators only.
        probes.put(
                "GET /api/v1/admin/outbox",
                bob -> assertThat(get("/api/v1/admin/outbox?state=dead_letter", bob)
                                .status())
                        .isEqualTo(403));
        // the daily counts span every user's answers: operators only.
        probes.put(
                "GET /api/v1/admin/analytics/responses",
                bob -> assertThat(get("/api/v1/admin/analytics/responses", bob).status())
                        .isEqualTo(403));
        probes.put(
                "POST /agents/v1/runs",
                bob -> assertThat(internal("POST", "/agents/v1/runs", null, bob, "{}")
                                .status())
                        .isIn(401, 403));
        probes.put(
                "DELETE /agents/v1/users/{userId}/memory",
                bob -> assertThat(internal("DELETE", "/agents/v1/users/" + alice + "/memory", null, bob, null)
                                .status())
                        .isIn(401, 403));
        probes.put(
                "POST /vector/v1/search",
                bob -> assertThat(internal("POST", "/vector/v1/search", null, bob, "{\"query\": \"x\", \"top_k\": 1}")
                                .status())
                        .isIn(401, 403));
        probes.put(
                "GET /vector/v1/collections",
                bob -> assertThat(internal("GET", "/vector/v1/collections", null, bob, null)
                                .status())
                        .isIn(401, 403));
        return probes;
    }

    /** A review item of A's request, as if its answer had asked for review. */
    private UUID aliceReviewItem() {
        return jdbc.sql("""
				insert into review_items (request_id, request_requested_at, user_id, risk, message)
				select id, requested_at, user_id, 'concern', 'alice private worry' from holistic_requests
				where id = cast(? as uuid)
				on conflict (request_id) do update set risk = excluded.risk
				returning id""").param(aliceRequest).query(UUID.class).single();
    }

    /** Mapped but holding nothing of any user: the public API description, the console's settings and the error page. */
    private static final Set<String> NO_USER_DATA = Set.of(
            "GET /v3/api-docs",
            "GET /v3/api-docs.yaml",
            "GET /v3/api-docs/swagger-config",
            "GET /v3/api-docs/{group}",
            "GET /v3/api-docs.yaml/{group}",
            "GET /console/config",
            "GET /swagger-ui",
            // mints a dev token for a chosen user only while the dev secret is in use (ConsoleTest covers the refusal)
            "POST /console/dev-token",
            "* /error");

    @Test
    void everyMappedEndpointHasAProbe() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().forEach(pattern -> {
                    Set<String> methods =
                            info.getMethodsCondition().getMethods().isEmpty()
                                    ? Set.of("*")
                                    : info.getMethodsCondition().getMethods().stream()
                                            .map(Enum::name)
                                            .collect(Collectors.toSet());
                    methods.forEach(method -> mapped.add(method + " " + pattern));
                }));

        assertThat(mapped)
                .as("the mapping is read")
                .contains("POST /api/v1/holistic/advice", "GET /api/v1/holistic/requests/{id}");
        assertThat(mapped)
                .as("mapped endpoints without a BOLA probe")
                .allSatisfy(endpoint -> assertThat(probes().containsKey(endpoint) || NO_USER_DATA.contains(endpoint))
                        .as(endpoint)
                        .isTrue());
        assertThat(probes().keySet())
                .as("probes of endpoints that no longer exist")
                .isSubsetOf(mapped);
    }

    @TestFactory
    List<DynamicTest> userBNeverReachesUserAsResources() {
        return probes().entrySet().stream()
                .map(probe -> DynamicTest.dynamicTest(probe.getKey(), () -> {
                    Map<String, Object> before = aliceState();
                    probe.getValue().accept(token(bob));
                    assertThat(aliceState())
                            .as("A's resources after B's " + probe.getKey())
                            .isEqualTo(before);
                }))
                .toList();
    }

    /** Everything of A's that B might change, read as A sees it. */
    private Map<String, Object> aliceState() {
        Map<String, Object> state = new LinkedHashMap<>();
        JsonNode request =
                get("/api/v1/holistic/requests/" + aliceRequest, token(alice)).json();
        state.put(
                "request",
                request.path("status").asString() + request.path("response").path("summary"));
        JsonNode profile = get("/api/v1/me/profile", token(alice)).json();
        state.put(
                "profile",
                profile.path("display_name").asString()
                        + profile.path("goals")
                        + profile.path("tier").asString());
        for (String list : List.of("habits", "biometrics", "clinical-history")) {
            state.put(list, get("/api/v1/me/" + list, token(alice)).json().size());
        }
        state.put(
                "usage",
                get("/api/v1/me/usage", token(alice))
                        .json()
                        .path("daily")
                        .path("used")
                        .asInt());
        state.put(
                "webhook",
                jdbc.sql(
                                "select coalesce(webhook_url, '') || coalesce(webhook_secret, '') from app_users where auth_user_id = ?")
                        .param(alice)
                        .query(String.class)
                        .single());
        state.put(
                "devices",
                jdbc.sql("select token || platform from push_device_tokens where user_id = ? order by token")
                        .param(alice)
                        .query(String.class)
                        .list());
        state.put(
                "requests",
                jdbc.sql("select count(*) from holistic_requests where user_id = ?")
                        .param(alice)
                        .query(Long.class)
                        .single());
        return state;
    }

    /** Same status, type and detail: the answer does not tell whether A's resource exists. */
    private static void assertSameProblem(Response probe, Response control) {
        assertThat(probe.status()).isEqualTo(control.status());
        assertThat(probe.json().path("type")).isEqualTo(control.json().path("type"));
        assertThat(probe.json().path("detail")).isEqualTo(control.json().path("detail"));
    }

    private Response deleteJson(String path, String token, String body) {
        return send(request(path)
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)));
    }

    private Response mergePatchProfile(String token, String patch) {
        return send(request("/api/v1/me/profile")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(patch))
                .header("Content-Type", "application/merge-patch+json")
                .header("Authorization", "Bearer " + token));
    }
}
