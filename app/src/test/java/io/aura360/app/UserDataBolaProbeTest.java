package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** BOLA probes of the user's own resources under {@code /api/v1/me}: profile, health data, usage, webhook, devices. */
class UserDataBolaProbeTest extends BolaProbes {

    @Override
    Map<String, Consumer<String>> probes() {
        Map<String, Consumer<String>> probes = new LinkedHashMap<>();
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
        return probes;
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
