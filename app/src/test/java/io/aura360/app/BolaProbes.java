package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Broken object-level authorisation probes of one endpoint family: user B, holding a valid token, tries to read,
 * change or learn of user A's resources with A's ids, and A's resources must be unchanged afterwards. Every family
 * is listed in {@link BolaProbeTest}, which fails while a mapped endpoint has no probe in any family.
 */
abstract class BolaProbes extends FullStackTest {

    final UUID alice = UUID.randomUUID();

    final UUID bob = UUID.randomUUID();

    final String aliceDevice = "alice-device-" + UUID.randomUUID();

    String aliceRequest;

    /** This family's probes, keyed {@code METHOD pattern} exactly as Spring maps it; the argument is B's token. */
    abstract Map<String, Consumer<String>> probes();

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
}
