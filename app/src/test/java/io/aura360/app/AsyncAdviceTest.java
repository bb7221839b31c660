package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Past the synchronous budget the client gets 202 PROCESSING with a Location, the work completes the request,
 * and the client learns of it by polling or Server-Sent Events. {@code Prefer: respond-async} asks for that path.
 */
class AsyncAdviceTest extends FullStackTest {

    private final UUID user = UUID.randomUUID();

    @Test
    void answersProcessingWithALocationAndCompletesTheRequestInTheBackground() {
        Response accepted = ask("respond-async");

        assertThat(accepted.status()).isEqualTo(202);
        JsonNode envelope = accepted.json();
        assertThat(envelope.path("status").asString()).isEqualTo("PROCESSING");
        assertThat(envelope.path("response").isNull()).isTrue();
        String location = accepted.header("Location");
        assertThat(location)
                .isEqualTo("/api/v1/holistic/requests/"
                        + envelope.path("request_id").asString());

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> get(location, token(user))
                        .json()
                        .path("status")
                        .asString()
                        .equals("COMPLETED"));
        JsonNode done = get(location, token(user)).json();
        assertThat(PayloadSchema.violations(done.path("response").toString())).isEmpty();
        assertThat(jdbc.sql(
                                "select string_agg(status::text, ',' order by id) from holistic_request_history where request_id = ?")
                        .param(UUID.fromString(envelope.path("request_id").asString()))
                        .query(String.class)
                        .single())
                .isIn("PENDING,PROCESSING,COMPLETED", "PENDING,COMPLETED");
    }

    @Test
    void streamsTheStatusUntilTheRequestEnds() {
        String id = ask("respond-async").json().path("request_id").asString();

        Response stream = send(request("/api/v1/holistic/requests/" + id + "/events")
                .GET()
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token(user))
                .timeout(Duration.ofSeconds(60)));

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.contentType()).startsWith("text/event-stream");
        assertThat(stream.body()).contains("event:status").contains("\"status\":\"COMPLETED\"");
    }

    @Test
    void anotherUserCannotFollowTheStream() {
        String id = ask("respond-async").json().path("request_id").asString();

        assertThat(get("/api/v1/holistic/requests/" + id + "/events", token(UUID.randomUUID()))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void answersAtOnceWhenTheWorkFitsTheWait() {
        Response response = ask("wait=10");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asString()).isEqualTo("COMPLETED");
    }

    private Response ask(String prefer) {
        return send(request("/api/v1/holistic/advice")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"user_id\": \"%s\", \"category\": \"mind\"}".formatted(user)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token(user))
                .header("Prefer", prefer));
    }
}
