package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/admin/outbox}: pending events and dead letters, read-only, in the relay's order and keyset
 * pages. The relay does not run on its own here, so the events written by this test stay where it put them; they
 * are dated 2001 so they come before any other test's events.
 */
class OutboxAdminTest extends FullStackTest {

    static final String OUTBOX = "/api/v1/admin/outbox";

    static final String AGGREGATE = "outbox_admin_test";

    private final String admin = TOKENS.sign(UUID.randomUUID(), "free", List.of("admin"), Duration.ofMinutes(10));

    private final List<UUID> pending = new ArrayList<>();

    private final List<UUID> dead = new ArrayList<>();

    @BeforeEach
    void writeEvents() {
        for (int i = 1; i <= 3; i++) {
            pending.add(event("2001-01-01T00:00:0" + i + "Z", 0, null, null));
        }
        for (int i = 1; i <= 2; i++) {
            dead.add(event("2001-01-01T00:00:0" + i + "Z", 10, "broker refused: stream full", "2001-01-01T01:00:00Z"));
        }
    }

    @AfterEach
    void removeEvents() {
        jdbc.sql("delete from outbox_events where aggregate_type = ?")
                .param(AGGREGATE)
                .update();
    }

    @Test
    void pagesThroughThePendingEventsOldestFirst() {
        JsonNode first = get(OUTBOX + "?limit=2", admin).json();

        assertThat(ids(first))
                .containsExactly(pending.get(0).toString(), pending.get(1).toString());
        JsonNode entry = first.path("entries").get(0);
        assertThat(entry.path("event_type").asString()).isEqualTo("advice.completed");
        assertThat(entry.path("aggregate_type").asString()).isEqualTo(AGGREGATE);
        assertThat(entry.path("attempts").asInt()).isZero();
        assertThat(entry.path("dead_lettered_at").isNull()).isTrue();
        assertThat(entry.has("payload")).isFalse();
        String after = first.path("next_after").asString();
        assertThat(after).isEqualTo(pending.get(1).toString());

        JsonNode second = get(OUTBOX + "?limit=2&after=" + after, admin).json();
        assertThat(ids(second).getFirst()).isEqualTo(pending.get(2).toString());
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
    }

    @Test
    void listsTheDeadLettersWithTheirLastError() {
        JsonNode page = get(OUTBOX + "?state=dead_letter&limit=100", admin).json();

        assertThat(ids(page)).startsWith(dead.get(0).toString(), dead.get(1).toString());
        assertThat(ids(page))
                .doesNotContainAnyElementsOf(
                        pending.stream().map(UUID::toString).toList());
        JsonNode entry = page.path("entries").get(0);
        assertThat(entry.path("attempts").asInt()).isEqualTo(10);
        assertThat(entry.path("last_error").asString()).isEqualTo("broker refused: stream full");
        assertThat(entry.path("dead_lettered_at").asString()).startsWith("2001-01-01T01:00");
    }

    @Test
    void reportsEveryInvalidParameterInOneProblem() {
        Response bad = get(OUTBOX + "?state=stuck&limit=0&after=nope", admin);

        assertThat(bad.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        bad.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("state", "limit", "after");
        // a cursor from the other list would silently start the page elsewhere
        Response crossed = get(OUTBOX + "?state=dead_letter&after=" + pending.getFirst(), admin);
        assertThat(crossed.status()).isEqualTo(422);
        assertThat(crossed.json().path("errors").get(0).path("field").asString())
                .isEqualTo("after");
    }

    @Test
    void isForAdminsOnly() {
        UUID user = UUID.randomUUID();

        assertThat(get(OUTBOX, token(user)).status()).isEqualTo(403);
        assertThat(get(OUTBOX, null).status()).isEqualTo(401);
    }

    private UUID event(String createdAt, int attempts, String lastError, String deadLetteredAt) {
        return jdbc.sql("""
				insert into outbox_events (aggregate_type, aggregate_id, event_type, payload, created_at, attempts,
				                           last_error, dead_lettered_at)
				values (?, ?, 'advice.completed', '{}', ?::timestamptz, ?, ?, ?::timestamptz) returning id""")
                .params(AGGREGATE, UUID.randomUUID(), createdAt, attempts, lastError, deadLetteredAt)
                .query(UUID.class)
                .single();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("entries").forEach(e -> ids.add(e.path("id").asString()));
        return ids;
    }
}
