package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * BOLA probes of the admin and service endpoints: they hold no per-user resources (or, like the review queue,
 * only for operators), and a user token never opens them.
 */
class AdminBolaProbeTest extends BolaProbes {

    @Override
    Map<String, Consumer<String>> probes() {
        Map<String, Consumer<String>> probes = new LinkedHashMap<>();
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
}
