package io.aura360.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** V9 on a database that already holds requests: every row moves to its month, untouched, with its runs and answer. */
class PartitionMigrationTest {

    @Test
    void movesExistingRequestsIntoTheirMonthsWithoutRewritingTheirAuditOrHistory() {
        try (FreshDatabase database = FreshDatabase.empty()) {
            database.migrateTo("8");
            JdbcClient jdbc = database.jdbc();
            UUID user = UUID.randomUUID();
            UUID march = UUID.randomUUID();
            UUID june = UUID.randomUUID();
            jdbc.sql("insert into app_users (auth_user_id) values (?)")
                    .param(user)
                    .update();
            jdbc.sql("""
					insert into holistic_requests (id, user_id, category, status, schema_version, requested_at, retry_count)
					values (?, ?, 'mind', 'COMPLETED', '1.0.0', '2025-03-31T23:30:00Z', 2),
					       (?, ?, 'soul', 'FAILED', '1.0.0', '2025-06-01T00:00:00Z', 0)""").params(march, user, june, user).update();
            jdbc.sql("""
					insert into holistic_agent_runs (request_id, agent_name, model_version, input_context, elapsed_ms, status)
					values (?, 'mood', 'offline', '{}', 9, 'COMPLETED')""").param(march).update();
            jdbc.sql(
                            "insert into holistic_responses (request_id, payload, version_major, version_minor) values (?, '{}', 1, 0)")
                    .param(march)
                    .update();
            Map<String, Object> before = audit(jdbc, march);
            long history = jdbc.sql("select count(*) from holistic_request_history")
                    .query(Long.class)
                    .single();

            database.migrateTo(null);

            assertThat(jdbc.sql("select tableoid::regclass::text from holistic_requests where id = ?")
                            .param(march)
                            .query(String.class)
                            .single())
                    .isEqualTo("holistic_requests_y2025m03");
            assertThat(jdbc.sql("select tableoid::regclass::text from holistic_requests where id = ?")
                            .param(june)
                            .query(String.class)
                            .single())
                    .isEqualTo("holistic_requests_y2025m06");
            assertThat(audit(jdbc, march)).isEqualTo(before);
            assertThat(jdbc.sql("select count(*) from holistic_request_history")
                            .query(Long.class)
                            .single())
                    .as("copying is not a change")
                    .isEqualTo(history);
            assertThat(jdbc.sql("select request_requested_at from holistic_responses where request_id = ?")
                            .param(march)
                            .query(OffsetDateTime.class)
                            .single())
                    .isEqualTo(OffsetDateTime.parse("2025-03-31T23:30:00Z"));

            jdbc.sql("delete from holistic_requests where id = ?").param(march).update();
            assertThat(jdbc.sql("select count(*) from holistic_agent_runs")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("select count(*) from holistic_responses")
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    private static Map<String, Object> audit(JdbcClient jdbc, UUID request) {
        return jdbc.sql("""
				select status::text, retry_count, created_at::text, updated_at::text, updated_by
				from holistic_requests where id = ?""").param(request).query().singleRow();
    }
}
