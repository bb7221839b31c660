package io.aura360.gateway;

import io.aura360.gateway.database.FreshDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the tests that drive the gateway alone over real HTTP: {@link GatewayTestApplication} on a random port,
 * on a database of its own that the gateway's Flyway migrates at start. All subclasses share one application.
 */
@SpringBootTest(classes = GatewayTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class GatewayHttpTest {

    static final String JWT_SECRET = "gateway-http-test-secret-of-at-least-32-bytes";

    private static final FreshDatabase DATABASE = createDatabase();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", DATABASE::user);
        registry.add("aura.jwt.secret", () -> JWT_SECRET);
        // As the launcher's application.yml sets them: the public API only, described as OpenAPI 3.1.
        registry.add("springdoc.paths-to-match", () -> "/api/**");
        registry.add("springdoc.api-docs.version", () -> "openapi_3_1");
    }

    Response get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static FreshDatabase createDatabase() {
        FreshDatabase database = FreshDatabase.empty();
        Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        return database;
    }

    record Response(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
