package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * When the full answer is late (a slow model: the agents wait at {@link AgentGate}), the 202, polls and the first
 * SSE event carry a provisional summary built only from the category's kept fallback evidence; the final answer
 * replaces it.
 */
class ProvisionalSummaryTest extends GatedAdviceTest {

    @Test
    void aLateAnswerStartsWithAProvisionalSummaryOfKeptEvidenceThatTheFinalAnswerReplaces() {
        agents.hold();

        Response accepted = ask("body", "respond-async");

        assertThat(accepted.status()).isEqualTo(202);
        JsonNode provisional = accepted.json().path("provisional");
        assertThat(provisional.path("label").asString()).isEqualTo("provisional");
        assertThat(provisional.path("notice").asString())
                .startsWith("Provisional:")
                .contains("will be replaced");
        assertThat(provisional.path("highlights").size()).isBetween(1, 3);
        for (JsonNode highlight : provisional.path("highlights")) {
            String chunk = keptChunk("body", highlight.path("source_id").asString());
            assertThat(chunk)
                    .as("every highlight is kept evidence of the category")
                    .isNotNull();
            assertThat(normalised(chunk))
                    .as("and quotes it, nothing invented")
                    .startsWith(highlight.path("excerpt").asString().replace("…", ""));
        }
        String location = accepted.header("Location");
        assertThat(get(location, token(user)).json().path("provisional")).isEqualTo(provisional);

        List<String> data = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> stream = follow(location + "/events", data);
        await().atMost(Duration.ofSeconds(20)).until(() -> !data.isEmpty());
        agents.release();

        stream.join();
        JsonNode first = JSON.readTree(data.get(0));
        JsonNode last = JSON.readTree(data.get(data.size() - 1));
        assertThat(first.path("status").asString()).isIn("PENDING", "PROCESSING");
        assertThat(first.path("provisional")).isEqualTo(provisional);
        assertThat(last.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(last.has("provisional")).as("the final answer replaces it").isFalse();
        assertThat(last.path("response").path("summary").path("message").asString())
                .isNotBlank();
        assertThat(get(location, token(user)).json().has("provisional")).isFalse();
        assertThat(jdbc.sql("select count(*) from provisional_summaries where request_id = ?")
                        .param(UUID.fromString(
                                accepted.json().path("request_id").asString()))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSpanishRequestGetsSpanishEvidenceAndNotice() {
        agents.hold();

        Response accepted = send(request("/api/v1/holistic/advice")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"user_id\": \"%s\", \"category\": \"soul\", \"metadata\": {\"locale\": \"es\"}}"
                                .formatted(user)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token(user))
                .header("Prefer", "respond-async"));

        JsonNode provisional = accepted.json().path("provisional");
        assertThat(provisional.path("notice").asString()).startsWith("Provisional: extractos");
        for (JsonNode highlight : provisional.path("highlights")) {
            assertThat(jdbc.sql("select locale from evidence_fallback where category = 'soul' and source_id = ?")
                            .param(highlight.path("source_id").asString())
                            .query(String.class)
                            .list())
                    .contains("es");
        }
    }

    @Test
    void anAnswerInTimeHasNoProvisionalSummary() {
        Response answered = ask("mind", "wait=10");

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().has("provisional")).isFalse();
    }

    /** Reads the event stream line by line, so the test sees the first event while the model is still slow. */
    private CompletableFuture<Void> follow(String path, List<String> data) {
        HttpRequest request = request(path)
                .GET()
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token(user))
                .timeout(Duration.ofSeconds(60))
                .build();
        return HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response ->
                        response.body().filter(l -> l.startsWith("data:")).forEach(l -> data.add(l.substring(5))));
    }

    private String keptChunk(String category, String sourceId) {
        return jdbc.sql(
                        "select chunk from evidence_fallback where category = cast(? as holistic_category) and source_id = ? limit 1")
                .params(category, sourceId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static String normalised(String chunk) {
        return chunk.strip().replaceAll("\\s+", " ");
    }
}
