package io.aura360.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Device tokens for push notifications are registered per user, validated strictly, removable by their owner only. */
class PushTokenRegistrationTest extends GatewayHttpTest {

    private final UUID user = UUID.randomUUID();

    private final String device = "device-" + UUID.randomUUID() + ":APA91bH";

    @Test
    void validatesRegistrationsStrictly() {
        assertThat(register(user, "short", "android").status()).isEqualTo(422);
        assertThat(register(user, device, "blackberry").status()).isEqualTo(422);
        assertThat(register(user, "bad token with spaces and more", "android").status())
                .isEqualTo(422);
        Response unknownField = put(
                "/api/v1/me/push-token",
                token(user),
                "{\"token\": \"%s\", \"platform\": \"ios\", \"user_id\": \"%s\"}".formatted(device, UUID.randomUUID()));
        assertThat(unknownField.status()).as("no mass assignment of the owner").isEqualTo(422);
        assertThat(unknownField.contentType()).startsWith("application/problem+json");
        assertThat(put("/api/v1/me/push-token", null, "{\"token\": \"%s\", \"platform\": \"ios\"}".formatted(device))
                        .status())
                .isEqualTo(401);
        assertThat(tokens(user)).isEmpty();
    }

    @Test
    void removesOnlyTheCallersOwnToken() {
        UUID other = UUID.randomUUID();
        register(user, device, "android");

        assertThat(remove(other, device).status())
                .as("someone else's token is not theirs to see or remove")
                .isEqualTo(404);
        assertThat(tokens(user)).containsExactly(device);
        assertThat(remove(user, device).status()).isEqualTo(204);
        assertThat(tokens(user)).isEmpty();
        assertThat(remove(user, device).status()).isEqualTo(404);
    }

    private Response register(UUID who, String deviceToken, String platform) {
        return put(
                "/api/v1/me/push-token",
                token(who),
                "{\"token\": \"%s\", \"platform\": \"%s\"}".formatted(deviceToken, platform));
    }

    private Response remove(UUID who, String deviceToken) {
        return send(request("/api/v1/me/push-token")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"token\": \"%s\"}".formatted(deviceToken)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token(who)));
    }

    private List<String> tokens(UUID who) {
        return jdbc.sql("select token from push_device_tokens where user_id = ?")
                .param(who)
                .query(String.class)
                .list();
    }
}
