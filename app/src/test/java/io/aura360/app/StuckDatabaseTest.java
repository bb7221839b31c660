package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A database that does not answer an advice request's statements in time (here a lock another transaction holds,
 * until {@code aura.database.advice-statement-timeout}, 5 s by default). A stuck admission: a 503
 * {@code service-unavailable} with {@code Retry-After} instead of a wait for as long as the lock is held, and nothing
 * of the request recorded, its quota unit included, so asking again is safe. A stuck completion: the request was
 * recorded with its durable job, so the client is told {@code PROCESSING} and the job answers it, once.
 */
class StuckDatabaseTest extends FullStackTest {

    @Autowired
    DataSource dataSource;

    private final UUID user = UUID.randomUUID();

    @Test
    void anAdmissionStuckBehindALockIsAnsweredServiceUnavailableAndRecordsNothing() throws SQLException {
        assertThat(advice(user, token(user), "mind", "{}").status()).isEqualTo(200);
        long requests = requests();
        long used = usedToday();

        Response stuck;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock =
                    holder.prepareStatement("select 1 from advice_usage where user_id = ? for update")) {
                lock.setObject(1, user);
                lock.executeQuery().close();
            }
            stuck = advice(user, token(user), "mind", "{}");
            holder.rollback();
        }

        assertThat(stuck.status()).isEqualTo(503);
        assertThat(stuck.json().path("type").asString()).isEqualTo("https://aura360.io/problems/service-unavailable");
        assertThat(stuck.header("Retry-After")).isEqualTo("5");
        assertThat(stuck.body()).doesNotContain("advice_usage", "SQL", "57014");
        assertThat(requests()).as("no request recorded").isEqualTo(requests);
        assertThat(usedToday()).as("no quota unit taken").isEqualTo(used);
        assertThat(advice(user, token(user), "mind", "{}").status())
                .as("the same request once the lock is gone")
                .isEqualTo(200);
    }

    @Test
    void aCompletionStuckBehindALockIsFinishedByItsJobWhileTheClientIsToldProcessing() throws SQLException {
        assertThat(advice(user, token(user), "body", "{}").status()).isEqualTo(200);
        long used = usedToday();

        Response accepted;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                // Reads go on (the admission reads the user's recent answers); writing an answer waits.
                lock.execute("lock table holistic_responses in exclusive mode");
            }
            accepted = advice(user, token(user), "body", "{}");
            holder.rollback();
        }

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().path("status").asString()).isEqualTo("PROCESSING");
        UUID request = UUID.fromString(accepted.json().path("request_id").asString());
        // Its run's lease lapses (30 s) and the job is claimed and run again.
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> rows().status(request).equals("COMPLETED"));
        assertThat(rows().count("select count(*) from holistic_responses where request_id = ?", request))
                .isOne();
        assertThat(usedToday()).as("one quota unit for the one request").isEqualTo(used + 1);
    }

    private long requests() {
        return jdbc.sql("select count(*) from holistic_requests where user_id = ?")
                .param(user)
                .query(Long.class)
                .single();
    }

    private long usedToday() {
        return jdbc.sql("select coalesce(sum(used), 0) from advice_usage where user_id = ? and period_kind = 'day'")
                .param(user)
                .query(Long.class)
                .single();
    }
}
