package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** BOLA probes of the advice API: asking for A, A's requests, their history and their event stream (SSE). */
class AdviceBolaProbeTest extends BolaProbes {

    @Override
    Map<String, Consumer<String>> probes() {
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
        probes.put("GET /api/v1/holistic/requests", bob -> {
            Response history = get("/api/v1/holistic/requests", bob);
            assertThat(history.status()).isEqualTo(200);
            assertThat(history.body()).doesNotContain(aliceRequest);
        });
        return probes;
    }

    /** Same status, type and detail: the answer does not tell whether A's resource exists. */
    private static void assertSameProblem(Response probe, Response control) {
        assertThat(probe.status()).isEqualTo(control.status());
        assertThat(probe.json().path("type")).isEqualTo(control.json().path("type"));
        assertThat(probe.json().path("detail")).isEqualTo(control.json().path("detail"));
    }
}
