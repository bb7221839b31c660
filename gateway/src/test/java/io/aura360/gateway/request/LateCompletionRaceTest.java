package io.aura360.gateway.request;

import static io.aura360.gateway.agents.AgentAnswers.emptyAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.gateway.database.FreshDatabase;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * The reaper and a late completion racing for the same request, on real PostgreSQL: whichever commits first
 * decides, and the request ends either COMPLETED with its answer and its quota unit spent, or FAILED
 * ({@code INTERRUPTED}) with the unit refunded and no answer. Never a refunded request that completes anyway.
 */
@SpringJUnitConfig(LateCompletionRaceTest.Slice.class)
class LateCompletionRaceTest {

    private static final FreshDatabase DATABASE = FreshDatabase.migrated();

    private static final int ROUNDS = 25;

    @Autowired
    RequestOutcomes outcomes;

    @Autowired
    StaleRequestReaper reaper;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void drop() {
        DATABASE.close();
    }

    @Test
    void aCompletionArrivingAfterTheReaperLeavesTheRequestFailedAndRefunded() {
        UUID user = user();
        UUID request = staleRequest(user);

        assertThat(reaper.failStaleRequests()).isOne();
        boolean completed = outcomes.complete(
                request, requestedAt(request), emptyAnswer(user), "trace", 0, "message", List.of(), false);

        assertThat(outcome(request, user)).isEqualTo(new Outcome("FAILED", "INTERRUPTED", 0, 0, 0));
        assertThat(completed).isFalse();
    }

    @Test
    void aReaperArrivingAfterTheCompletionLeavesTheRequestCompletedAndCounted() {
        UUID user = user();
        UUID request = staleRequest(user);

        assertThat(outcomes.complete(
                        request, requestedAt(request), emptyAnswer(user), "trace", 0, "message", List.of(), false))
                .isTrue();
        assertThat(reaper.failStaleRequests()).isZero();

        assertThat(outcome(request, user)).isEqualTo(new Outcome("COMPLETED", null, 1, 1, 1));
    }

    @Test
    void racingReaperAndCompletionAlwaysAgreeOnOneOutcome() throws Exception {
        UUID user = user();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < ROUNDS; round++) {
                UUID request = staleRequest(user);
                CyclicBarrier start = new CyclicBarrier(2);
                CompletableFuture<Integer> reaped = CompletableFuture.supplyAsync(
                        () -> {
                            await(start);
                            return reaper.failStaleRequests();
                        },
                        threads);
                CompletableFuture<Boolean> completed = CompletableFuture.supplyAsync(
                        () -> {
                            await(start);
                            return outcomes.complete(
                                    request,
                                    requestedAt(request),
                                    emptyAnswer(user),
                                    "trace",
                                    0,
                                    "message",
                                    List.of(),
                                    false);
                        },
                        threads);

                Outcome outcome = outcome(request, user, reaped.get(), completed.get());

                assertThat(outcome)
                        .as("round %d", round)
                        .isIn(new Outcome("COMPLETED", null, 1, 1, 1), new Outcome("FAILED", "INTERRUPTED", 0, 0, 0));
                jdbc.sql("delete from advice_usage where user_id = ?")
                        .param(user)
                        .update();
            }
        }
    }

    private UUID user() {
        UUID user = UUID.randomUUID();
        jdbc.sql("insert into app_users (auth_user_id) values (?)").param(user).update();
        return user;
    }

    /** A request counted against today's quota and left PENDING long past the completion budget. */
    private UUID staleRequest(UUID user) {
        UUID request = UUID.randomUUID();
        jdbc.sql("""
				insert into holistic_requests (id, user_id, category, schema_version, requested_at)
				values (?, ?, 'mind', '1.0.0', now() - interval '1 hour')""").params(request, user).update();
        jdbc.sql("""
				insert into advice_usage (user_id, period_kind, period_start, used)
				values (:user, 'day', cast((now() - interval '1 hour') at time zone 'UTC' as date), 1),
				       (:user, 'month', cast(date_trunc('month', (now() - interval '1 hour') at time zone 'UTC') as date), 1)
				on conflict (user_id, period_kind, period_start) do update set used = 1""").param("user", user).update();
        return request;
    }

    private Outcome outcome(UUID request, UUID user) {
        return jdbc.sql("""
				select r.status::text, r.error_type,
				       (select count(*) from holistic_responses s where s.request_id = r.id) as responses,
				       (select count(*) from outbox_events e where e.aggregate_id = r.id) as events,
				       (select coalesce(max(used), 0) from advice_usage u where u.user_id = :user and u.period_kind = 'day') as used
				from holistic_requests r where r.id = :id""")
                .param("id", request)
                .param("user", user)
                .query((rs, n) -> new Outcome(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt("responses"),
                        rs.getInt("events"),
                        rs.getInt("used")))
                .single();
    }

    /** The outcome, once both racers agree with what is stored (the one that lost must say so). */
    private Outcome outcome(UUID request, UUID user, int reaped, boolean completed) {
        Outcome outcome = outcome(request, user);
        assertThat(completed).as("completion won").isEqualTo(outcome.status().equals("COMPLETED"));
        assertThat(reaped == 1).as("reaper won").isEqualTo(outcome.status().equals("FAILED"));
        return outcome;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** What a request ended as: status, error type, answers and events stored, and the day's counter. */
    record Outcome(String status, String errorType, int responses, int events, int used) {}

    /** The request lifecycle's persistence and the reaper, on this class's database. */
    static class Slice extends RequestLifecycleSlice {

        @Bean
        DataSource dataSource() {
            return DATABASE.dataSource();
        }
    }

    private OffsetDateTime requestedAt(UUID request) {
        return jdbc.sql("select requested_at from holistic_requests where id = ?")
                .param(request)
                .query(OffsetDateTime.class)
                .single();
    }
}
