package io.aura360.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The public API describes itself as OpenAPI 3.1 at /v3/api-docs, without internal endpoints. */
class OpenApiTest extends GatewayHttpTest {

    @Test
    void describesThePublicApi() {
        Response response = get("/v3/api-docs", null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode spec = response.json();
        assertThat(spec.path("openapi").asString()).startsWith("3.1");
        assertThat(spec.path("paths").has("/api/v1/holistic/advice")).isTrue();
        assertThat(spec.path("paths").has("/api/v1/holistic/requests/{id}")).isTrue();
        assertThat(spec.path("paths").has("/api/v1/me/usage")).isTrue();
        assertThat(spec.path("paths").toString()).doesNotContain("/internal/", "/agents/v1", "/vector/v1");
        JsonNode advice =
                spec.path("paths").path("/api/v1/holistic/advice").path("post").path("responses");
        assertThat(advice.properties())
                .extracting(Map.Entry::getKey)
                .contains("200", "202", "401", "403", "422", "429", "503");
        assertThat(advice.path("200").toString()).contains("AdviceEnvelope");
        assertThat(spec.path("components")
                        .path("schemas")
                        .path("AdviceEnvelope")
                        .path("properties")
                        .has("request_id"))
                .isTrue();
    }

    @Test
    void describesTheProfileMergePatchAndTheStreamLimit() {
        JsonNode paths = get("/v3/api-docs", null).json().path("paths");

        JsonNode patch = paths.path("/api/v1/me/profile").path("patch");
        assertThat(patch.path("requestBody").path("content").has("application/merge-patch+json"))
                .as(patch.toString())
                .isTrue();
        assertThat(patch.path("responses").properties())
                .extracting(Map.Entry::getKey)
                .contains("200", "415", "422");
        assertThat(paths.path("/api/v1/holistic/requests/{id}/events")
                        .path("get")
                        .path("responses")
                        .has("429"))
                .isTrue();
    }
}
