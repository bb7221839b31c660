package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/admin/analytics/responses}: admins only, a validated period, the stored daily counts. */
class ResponseAnalyticsAdminTest extends FullStackTest {

    private static final String ANALYTICS = "/api/v1/admin/analytics/responses";

    // Far in the past, so no answer of another test falls on these days.
    private static final LocalDate DAY = LocalDate.of(2001, 2, 3);

    private final UUID admin = UUID.randomUUID();

    private final String adminToken = TOKENS.sign(admin, "free", List.of("admin"), Duration.ofMinutes(10));

    @AfterEach
    void removeCounts() {
        jdbc.sql("delete from analytics_daily_responses where day between ? and ?")
                .params(DAY.minusDays(1), DAY.plusDays(1))
                .update();
    }

    @Test
    void servesTheDailyCountsOfThePeriodToAdmins() {
        count(DAY.minusDays(1), "mind", "free", "es", "answered", 7);
        count(DAY, "body", "premium", "en", "degraded", 2);
        count(DAY, "soul", "core", "en", "review", 1);
        count(DAY.plusDays(1), "mind", "free", "es", "answered", 5);

        Response response = get(ANALYTICS + "?from=" + DAY + "&to=" + DAY, adminToken);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.path("from").asString()).isEqualTo(DAY.toString());
        assertThat(json.path("to").asString()).isEqualTo(DAY.toString());
        assertThat(json.path("days").size()).isEqualTo(2);
        JsonNode first = json.path("days").get(0);
        assertThat(first.path("day").asString()).isEqualTo(DAY.toString());
        assertThat(first.path("category").asString()).isEqualTo("body");
        assertThat(first.path("tier").asString()).isEqualTo("premium");
        assertThat(first.path("language").asString()).isEqualTo("en");
        assertThat(first.path("outcome").asString()).isEqualTo("degraded");
        assertThat(first.path("responses").asLong()).isEqualTo(2);
        assertThat(json.path("days").get(1).path("outcome").asString()).isEqualTo("review");
    }

    @Test
    void refusesCallersWithoutTheAdminScope() {
        UUID user = UUID.randomUUID();
        Response response = get(ANALYTICS, token(user));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("type").asString()).isEqualTo("https://aura360.io/problems/forbidden");
        assertThat(get(ANALYTICS, null).status()).isEqualTo(401);
    }

    @Test
    void refusesAnInvalidPeriodWithEveryError() {
        Response unreadable = get(ANALYTICS + "?from=yesterday&to=2026-13-01", adminToken);
        assertThat(unreadable.status()).isEqualTo(422);
        assertThat(unreadable.json().path("type").asString()).isEqualTo("https://aura360.io/problems/invalid-request");
        assertThat(unreadable.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("from", "to");

        Response reversed = get(ANALYTICS + "?from=2026-02-02&to=2026-02-01", adminToken);
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.body()).contains("must not be after to");

        Response tooLong = get(ANALYTICS + "?from=2024-01-01&to=2026-01-01", adminToken);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("at most 366 days");
    }

    @Test
    void coversTheLastThirtyDaysByDefault() {
        Response response = get(ANALYTICS, adminToken);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        LocalDate from = LocalDate.parse(response.json().path("from").asString());
        LocalDate to = LocalDate.parse(response.json().path("to").asString());
        assertThat(from.plusDays(29)).isEqualTo(to);
    }

    private void count(LocalDate day, String category, String tier, String language, String outcome, long n) {
        jdbc.sql("""
				insert into analytics_daily_responses (day, category, tier, language, outcome, responses)
				values (?, ?, ?, ?, ?, ?)""").params(day, category, tier, language, outcome, n).update();
    }
}
