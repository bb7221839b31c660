package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Paths Tomcat refuses while parsing them, before any servlet or Spring Security runs, and paths the firewall
 * refuses: every one is answered with the API's malformed-request problem, never with Tomcat's HTML page, and the
 * body repeats nothing of what was sent.
 */
class MalformedPathTest extends FullStackTest {

    static Stream<String> refusedPaths() {
        return Stream.of(
                "/api/v1/holistic/requests/%00",
                "/api/v1/holistic/requests/a%00b",
                "/api/v1/holistic/requests/%5C",
                "/api/v1/holistic/requests/..%5C..%5Cetc",
                "/api/v1/me/%5Cprofile",
                "/api/v1/holistic/requests/%2F..%2Fadmin",
                "/api/v1/holistic/requests/" + "a".repeat(20_000),
                "/%00");
    }

    @ParameterizedTest
    @MethodSource("refusedPaths")
    void answersAProblemWithoutEchoingThePath(String path) {
        Response response = get(path, token(UUID.randomUUID()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://aura360.io/problems/malformed-request");
        assertThat(problem.path("title").asString()).isEqualTo("Malformed request");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Tomcat", "<html", "requests/", "etc", "aaaa", "Invalid URI");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%00", "/api/v1/me/profile/%00"})
    void answersAProblemToAnAnonymousCallerToo(String path) {
        Response response = get(path, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("type").asString())
                .isEqualTo("https://aura360.io/problems/malformed-request");
    }
}
