package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.gateway.request.StaleRequestReaper;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A request that fails because of our infrastructure gives its quota unit back, once, in the period it was counted
 * in; one that fails for a reason the caller controls keeps it (rule: V16__quota_refund_on_infrastructure_failure).
 */
class QuotaRefundTest extends FullStackTest {

    @Autowired
    AgentGate agents;

    @Autowired
    StaleRequestReaper reaper;

    @Test
    void givesBackTheUnitOfARequestTheAgentsCouldNotServeAfterTheRetries() {
        UUID user = UUID.randomUUID();
        String token = token(user);
        assertThat(advice(user, token, "mind", "{}").status()).isEqualTo(200);

        Response failed;
        agents.cutOff();
        try {
            failed = advice(user, token, "mind", "{}");
        } finally {
            agents.reconnect();
        }

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.json().path("error_type").asString()).isEqualTo("AGENTS_UNAVAILABLE");
        UUID request = UUID.fromString(failed.json().path("request_id").asString());
        assertThat(jdbc.sql("select status::text || ' ' || retry_count from holistic_requests where id = ?")
                        .param(request)
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED 2");
        JsonNode usage = get("/api/v1/me/usage", token).json();
        assertThat(usage.path("daily").path("used").asInt())
                .as("only the answered request counts")
                .isEqualTo(1);
        assertThat(usage.path("daily").path("remaining").asInt()).isEqualTo(9);
        assertThat(usage.path("monthly").path("used").asInt()).isEqualTo(1);
    }

    @Test
    void keepsTheUnitOfALogicalFailure() {
        UUID user = UUID.randomUUID();
        String token = token(user);
        Response failed;
        jdbc.sql("update holistic_agent_profiles set enabled = false where category = 'soul'")
                .update();
        try {
            failed = advice(user, token, "soul", "{}");
        } finally {
            jdbc.sql("update holistic_agent_profiles set enabled = true where category = 'soul'")
                    .update();
        }

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.json().path("error_type").asString()).isEqualTo("NO_AGENT_PROFILE");
        JsonNode usage = get("/api/v1/me/usage", token).json();
        assertThat(usage.path("daily").path("used").asInt()).isEqualTo(1);
        assertThat(usage.path("monthly").path("used").asInt()).isEqualTo(1);
    }

    @Test
    void givesBackTheUnitOfAnInterruptedRequestInTheDayAndMonthItWasCountedIn() {
        UUID user = UUID.randomUUID();
        String token = token(user);
        assertThat(advice(user, token, "body", "{}").status()).isEqualTo(200);
        UUID lastMonth = stuckRequest(user, "40 days", 3);
        UUID uncounted = stuckRequest(user, "80 days", 0);

        reaper.failStaleRequests();

        assertThat(used(lastMonth, "day")).isEqualTo(2);
        assertThat(used(lastMonth, "month")).isEqualTo(2);
        assertThat(used(uncounted, "day")).as("never below zero").isZero();
        assertThat(used(uncounted, "month")).isZero();
        JsonNode usage = get("/api/v1/me/usage", token).json();
        assertThat(usage.path("daily").path("used").asInt())
                .as("today's counters are not the refunded ones")
                .isEqualTo(1);
        assertThat(usage.path("monthly").path("used").asInt()).isEqualTo(1);
    }

    @Test
    void racingFailuresGiveTheUnitBackOnce() throws Exception {
        UUID user = UUID.randomUUID();
        advice(user, token(user), "soul", "{}");
        UUID stuck = stuckRequest(user, "10 minutes", 5);
        List<Callable<Integer>> reapers =
                List.of(reaper::failStaleRequests, reaper::failStaleRequests, reaper::failStaleRequests);

        int reaped;
        try (ExecutorService pool = Executors.newFixedThreadPool(reapers.size())) {
            reaped = pool.invokeAll(reapers).stream()
                    .mapToInt(QuotaRefundTest::join)
                    .sum();
        }
        // A late worker failing it again, even without checking the status first, finds it FAILED already.
        jdbc.sql("update holistic_requests set status = 'FAILED', error_type = 'AGENTS_UNAVAILABLE' where id = ?")
                .param(stuck)
                .update();

        assertThat(reaped).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select status::text from holistic_requests where id = ?")
                        .param(stuck)
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED");
        assertThat(used(stuck, "day")).isEqualTo(4);
        assertThat(used(stuck, "month")).isEqualTo(4);
    }

    /**
     * A request left PROCESSING by a crash, requested {@code ago}, whose day and month counters read {@code used}
     * (as when it was counted).
     */
    private UUID stuckRequest(UUID user, String ago, int used) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
				insert into holistic_requests (id, user_id, category, status, schema_version, requested_at)
				values (?, ?, 'soul', 'PROCESSING', '1.0.0', now() - cast(? as interval))""").params(id, user, ago).update();
        jdbc.sql("""
				insert into advice_usage (user_id, period_kind, period_start, used)
				select user_id, kind, period_start, ? from holistic_requests,
				       lateral (values ('day', (requested_at at time zone 'UTC')::date),
				                       ('month', date_trunc('month', requested_at at time zone 'UTC')::date)) p(kind, period_start)
				where id = ?
				on conflict (user_id, period_kind, period_start) do update set used = excluded.used""").params(used, id).update();
        return id;
    }

    /** The counter of the day or month {@code request} was made in. */
    private int used(UUID request, String kind) {
        return jdbc.sql("""
				select u.used from advice_usage u join holistic_requests r on r.user_id = u.user_id
				where r.id = :id and u.period_kind = :kind
				  and u.period_start = case when :kind = 'day' then (r.requested_at at time zone 'UTC')::date
				                            else date_trunc('month', r.requested_at at time zone 'UTC')::date end""")
                .param("id", request)
                .param("kind", kind)
                .query(Integer.class)
                .single();
    }

    private static Integer join(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
