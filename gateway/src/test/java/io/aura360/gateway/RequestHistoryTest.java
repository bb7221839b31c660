package io.aura360.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/holistic/requests}: the caller's own requests, newest first, in keyset pages. */
class RequestHistoryTest extends GatewayHttpTest {

    private static final String HISTORY = "/api/v1/holistic/requests";

    @Test
    void pagesThroughTheCallersRequestsNewestFirstWithoutGapsOrRepeats() {
        UUID user = UUID.randomUUID();
        String token = token(user, "premium");
        List<String> asked = new ArrayList<>();
        for (String category : List.of("mind", "body", "soul", "mind", "body")) {
            asked.add(ask(user, token, category));
        }

        List<String> listed = new ArrayList<>();
        String before = null;
        int pages = 0;
        do {
            JsonNode page = get(HISTORY + "?limit=2" + (before == null ? "" : "&before=" + before), token)
                    .json();
            page.path("requests").forEach(r -> listed.add(r.path("request_id").asString()));
            before = page.path("next_before").isNull()
                    ? null
                    : page.path("next_before").asString();
            pages++;
        } while (before != null);

        assertThat(pages).isEqualTo(3);
        assertThat(listed).containsExactlyElementsOf(asked.reversed());
    }

    @Test
    void answersSummaryColumnsOnly() {
        UUID user = UUID.randomUUID();
        String token = token(user);
        String id = ask(user, token, "soul");

        JsonNode only = get(HISTORY, token).json().path("requests").get(0);

        assertThat(only.path("request_id").asString()).isEqualTo(id);
        assertThat(only.path("category").asString()).isEqualTo("soul");
        assertThat(only.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(only.path("locale").asString()).isEqualTo("en");
        assertThat(only.path("title").asString()).isEqualTo("test");
        assertThat(only.path("recommendation_count").asInt()).isZero();
        assertThat(only.path("requested_at").asString()).isNotBlank();
        assertThat(only.path("completed_at").asString()).isNotBlank();
        assertThat(only.has("response")).isFalse();
    }

    @Test
    void filtersByCategoryAndStatus() {
        UUID user = UUID.randomUUID();
        String token = token(user, "premium");
        String mind = ask(user, token, "mind");
        String body = ask(user, token, "body");
        String failed = ask(user, token, "body");
        jdbc.sql("update holistic_requests set status = 'FAILED', error_type = 'AGENTS_TIMEOUT' where id = ?")
                .param(UUID.fromString(failed))
                .update();

        assertThat(ids(get(HISTORY + "?category=mind", token).json())).containsExactly(mind);
        assertThat(ids(get(HISTORY + "?category=body&status=COMPLETED", token).json()))
                .containsExactly(body);
        JsonNode failedPage = get(HISTORY + "?status=failed", token).json();
        assertThat(ids(failedPage)).containsExactly(failed);
        assertThat(failedPage.path("requests").get(0).path("error_type").asString())
                .isEqualTo("AGENTS_TIMEOUT");
        assertThat(ids(get(HISTORY + "?category=soul", token).json())).isEmpty();
    }

    @Test
    void neverListsAnotherUsersRequestsNorPagesFromOne() {
        UUID owner = UUID.randomUUID();
        String theirs = ask(owner, token(owner), "mind");
        UUID other = UUID.randomUUID();
        String otherToken = token(other);
        ask(other, otherToken, "mind");

        assertThat(ids(get(HISTORY, otherToken).json())).doesNotContain(theirs).hasSize(1);
        Response refused = get(HISTORY + "?before=" + theirs, otherToken);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("field").asString())
                .isEqualTo("before");
        assertThat(refused.body()).doesNotContain(owner.toString());
    }

    @Test
    void reportsEveryInvalidParameterInOneProblem() {
        String token = token(UUID.randomUUID());

        Response refused = get(HISTORY + "?category=spirit&status=DONE&limit=0&before=yesterday", token);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asString()).isEqualTo("https://aura360.io/problems/invalid-request");
        List<String> fields = new ArrayList<>();
        refused.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("category", "status", "limit", "before");
        assertThat(get(HISTORY + "?limit=101", token).status()).isEqualTo(422);
        assertThat(get(HISTORY + "?limit=ten", token).status()).isEqualTo(422);
    }

    @Test
    void requiresAToken() {
        Response refused = get(HISTORY, null);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("type").asString()).isEqualTo("https://aura360.io/problems/unauthenticated");
    }

    private String ask(UUID user, String token, String category) {
        Response answer = advice(user, token, category, "{\"locale\": \"en\"}");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().path("request_id").asString();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("requests").forEach(r -> ids.add(r.path("request_id").asString()));
        return ids;
    }
}
