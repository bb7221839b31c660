package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aura360.app.cli.StatusFollower;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Past the synchronous budget the client gets 202 PROCESSING with a Location, the work completes the request,
 * and the client learns of it by polling or Server-Sent Events. {@code Prefer: respond-async} asks for that path.
 */
class AsyncAdviceTest extends GatedAdviceTest {

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
    void theCommandLineFollowsA202OverServerSentEventsUntilTheFinalAnswer() throws Exception {
        agents.hold();
        Response accepted = ask("respond-async");
        assertThat(accepted.status()).isEqualTo(202);
        URI location = URI.create("http://localhost:" + port).resolve(accepted.header("Location"));
        ByteArrayOutputStream spinnerOutput = new ByteArrayOutputStream();
        StatusFollower follower = new StatusFollower(
                HttpClient.newHttpClient(),
                JSON,
                new StatusFollower.Spinner(new PrintStream(spinnerOutput, true, StandardCharsets.UTF_8), true));

        CompletableFuture<JsonNode> followed = CompletableFuture.supplyAsync(() -> {
            try {
                return follower.follow(location, token(user));
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        agents.releaseAndSettle(jdbc, user);
        JsonNode answer = followed.get(60, TimeUnit.SECONDS);

        assertThat(answer.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(answer.path("request_id").asString())
                .isEqualTo(accepted.json().path("request_id").asString());
        assertThat(PayloadSchema.violations(answer.path("response").toString())).isEmpty();
        assertThat(spinnerOutput.toString(StandardCharsets.UTF_8))
                .as("the spinner turned and cleared its line")
                .contains("waiting for the answer")
                .endsWith("\r\u001b[K");
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
}
