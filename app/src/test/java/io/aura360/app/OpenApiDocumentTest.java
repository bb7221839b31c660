package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The served OpenAPI document is complete enough to build a client from and to check every response against. */
class OpenApiDocumentTest extends FullStackTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

    @Test
    void namesTheApiAndItsBearerScheme() {
        JsonNode spec = get("/v3/api-docs", null).json();

        assertThat(spec.path("info").path("title").asString()).isEqualTo("AURA360 API");
        assertThat(spec.path("info").path("version").asString()).isEqualTo("v1");
        JsonNode bearer = spec.path("components").path("securitySchemes").path("bearer");
        assertThat(bearer.path("type").asString()).isEqualTo("http");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
        assertThat(bearer.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(spec.path("security").toString()).contains("bearer");
    }

    @Test
    void describesEveryOperationWithSchemasAndProblems() {
        JsonNode spec = get("/v3/api-docs", null).json();
        List<String> gaps = new ArrayList<>();

        spec.path("paths")
                .properties()
                .forEach(path -> METHODS.forEach(method -> {
                    JsonNode operation = path.getValue().path(method);
                    if (operation.isMissingNode()) {
                        return;
                    }
                    String where = method.toUpperCase() + " " + path.getKey();
                    JsonNode requestBody = operation.path("requestBody").path("content");
                    requestBody.properties().forEach(media -> {
                        if (!media.getValue().has("schema")) {
                            gaps.add(where + ": request " + media.getKey() + " without schema");
                        }
                    });
                    operation.path("responses").properties().forEach(response -> {
                        int status = Integer.parseInt(response.getKey());
                        JsonNode content = response.getValue().path("content");
                        if (status >= 400) {
                            JsonNode problem = content.path("application/problem+json");
                            if (!problem.path("schema").path("$ref").asString().endsWith("/Problem")) {
                                gaps.add(where + " " + status + ": no Problem schema");
                            }
                            if (!problem.has("example")) {
                                gaps.add(where + " " + status + ": no example");
                            }
                        } else if (status != 204) {
                            content.properties().forEach(media -> {
                                if (!media.getValue().has("schema")) {
                                    gaps.add(where + " " + status + ": " + media.getKey() + " without schema");
                                }
                            });
                        }
                    });
                    List.of("400", "401", "422", "500").forEach(code -> {
                        if (!operation.path("responses").has(code)) {
                            gaps.add(where + ": no " + code);
                        }
                    });
                }));

        assertThat(gaps).isEmpty();
    }

    @Test
    void showsAnExampleOfEverySuccessBodyThatTheDocumentItselfAccepts() {
        JsonNode spec = get("/v3/api-docs", null).json();
        OpenApiContract contract = CONTRACT.contract(java.net.URI.create("http://localhost:" + port));
        List<String> gaps = new ArrayList<>();

        spec.path("paths")
                .properties()
                .forEach(path -> METHODS.forEach(method -> {
                    JsonNode operation = path.getValue().path(method);
                    operation.path("responses").properties().forEach(response -> {
                        if (!response.getKey().startsWith("2")) {
                            return;
                        }
                        response.getValue().path("content").properties().forEach(media -> {
                            if (!media.getKey().endsWith("json")) {
                                return;
                            }
                            String where = method.toUpperCase() + " " + path.getKey() + " " + response.getKey();
                            JsonNode example = media.getValue().path("example");
                            if (example.isMissingNode()) {
                                gaps.add(where + ": no example");
                                return;
                            }
                            contract.violations(
                                            method.toUpperCase(),
                                            path.getKey(),
                                            Integer.parseInt(response.getKey()),
                                            media.getKey(),
                                            example.toString())
                                    .forEach(violation -> gaps.add(where + ": example " + violation));
                        });
                    });
                }));

        assertThat(gaps).isEmpty();
    }

    @Test
    void servesSwaggerUiOnTheDocumentWithoutAToken() {
        Response entry = get("/swagger-ui", null);
        assertThat(entry.status()).isEqualTo(302);
        assertThat(entry.header("Location")).endsWith("/swagger-ui/index.html");

        Response page = get("/swagger-ui/index.html", null);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("swagger-ui");
        assertThat(page.header("Content-Security-Policy"))
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'");

        JsonNode config = get("/v3/api-docs/swagger-config", null).json();
        assertThat(config.path("url").asString()).isEqualTo("/v3/api-docs");
    }

    @Test
    void keepsTheApiBehindItsBearerTokenAndStrictPolicy() {
        Response api = get("/api/v1/me/profile", null);

        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("Content-Security-Policy")).startsWith("default-src 'none'");
    }

    @Test
    void documentsTheProblemTypes() throws Exception {
        java.nio.file.Files.writeString(
                java.nio.file.Path.of("/tmp/api-docs.json"),
                get("/v3/api-docs", null).body());
        JsonNode problem = get("/v3/api-docs", null)
                .json()
                .path("components")
                .path("schemas")
                .path("Problem");

        assertThat(problem.path("required").toString()).contains("type", "title", "status");
        assertThat(problem.path("properties").path("type").path("enum").toString())
                .contains(
                        "https://aura360.io/problems/invalid-request",
                        "https://aura360.io/problems/malformed-request",
                        "https://aura360.io/problems/rate-limited");
    }
}
