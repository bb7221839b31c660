package io.aura360.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Browser-facing protections: security headers, a CORS allow-list, and bounded request bodies. */
class HardeningTest extends GatewayHttpTest {

    private final UUID user = UUID.randomUUID();

    @Test
    void everyApiResponseCarriesSecurityHeaders() {
        Response response = advice(user, token(user), "mind", "{}");

        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("Cache-Control")).contains("no-store");
    }

    @Test
    void answersPreflightsFromAllowedOriginsOnly() {
        Response allowed = send(preflight(ALLOWED_ORIGIN));
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);

        Response refused = send(preflight("https://evil.example"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void refusesBodiesOverTheLimitBeforeReadingThem() {
        String huge = "{\"user_id\": \"%s\", \"category\": \"mind\", \"metadata\": {\"message\": \"%s\"}}"
                .formatted(user, "a".repeat(70 * 1024));

        Response response = postJson("/api/v1/holistic/advice", token(user), huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().path("type").asString()).isEqualTo("https://aura360.io/problems/payload-too-large");
        assertThat(jdbc.sql("select count(*) from holistic_requests where user_id = ?")
                        .param(user)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private HttpRequest.Builder preflight(String origin) {
        return request("/api/v1/holistic/advice")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type");
    }
}
