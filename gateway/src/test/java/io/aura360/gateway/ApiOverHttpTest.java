package io.aura360.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side of a test that drives a started application over real HTTP: requests to the public port (with a
 * bearer token when one is given) and to the management port. Shared by the gateway-only tests and the full-stack
 * tests of the launcher, which also check every response against the OpenAPI document ({@link #received}).
 */
public abstract class ApiOverHttpTest {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @LocalManagementPort
    protected int managementPort;

    /** Every response, as it arrives; nothing by default. */
    protected void received(HttpRequest request, int status, String contentType, String body) {}

    protected Response get(String path, String token) {
        return send(request(path).GET(), token);
    }

    protected Response post(String path, String token, String contentType, String body) {
        HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request, token);
    }

    protected Response postJson(String path, String token, String body) {
        return post(path, token, "application/json", body);
    }

    protected Response put(String path, String token, String body) {
        return send(
                request(path).PUT(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"),
                token);
    }

    protected Response advice(UUID user, String token, String category, String metadataJson) {
        return postJson("/api/v1/holistic/advice", token, """
				{"user_id": "%s", "category": "%s", "metadata": %s}""".formatted(user, category, metadataJson));
    }

    /** A call to the actuator on its own port, which the public port does not serve. */
    protected Response management(String path) {
        return send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path))
                        .GET(),
                null);
    }

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path));
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected Response send(HttpRequest.Builder request) {
        return send(request, null);
    }

    protected Response send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            received(built, response.statusCode(), contentType, response.body());
            return new Response(response.statusCode(), contentType, response.body(), response.headers());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public record Response(int status, String contentType, String body, HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
