package io.aura360.gateway.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.gateway.database.FreshDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Partition retention on real PostgreSQL (V28): expired months dropped with everything that references their
 * requests, recent months untouched, a dry run that changes nothing, rows moved out of the default partition with
 * their references intact, and one instance at a time.
 */
class PartitionRetentionTest {

    private FreshDatabase database;

    private JdbcClient jdbc;

    private PartitionRetention retention;

    private UUID user;

    @BeforeEach
    void schema() {
        database = FreshDatabase.migrated();
        jdbc = database.jdbc();
        retention = new PartitionRetention(
                jdbc,
                database.transactions(),
                new PartitionRetentionProperties(true, Duration.ofDays(400), false, "-"));
        user = UUID.randomUUID();
        jdbc.sql("insert into app_users (auth_user_id) values (?)").param(user).update();
    }

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void dropsMonthsPastTheHorizonWithTheirRunsAndResponsesAndLeavesRecentMonths() {
        String expired = partition("now() - interval '500 days'");
        String kept = partition("now() - interval '300 days'");
        UUID old = answered("now() - interval '500 days'");
        UUID recent = answered("now() - interval '300 days'");
        UUID current = answered("now()");

        PartitionRetentionReport report = retention.run(false);

        assertThat(report.ran()).isTrue();
        assertThat(report.dropped()).containsExactly(java.util.Map.entry(expired, 1L));
        assertThat(partitions()).doesNotContain(expired).contains(kept, "holistic_requests_default");
        assertThat(requests(old, recent, current)).containsExactlyInAnyOrder(recent, current);
        assertThat(count("holistic_agent_runs", old) + count("holistic_responses", old))
                .as("what referenced the dropped requests went with them")
                .isZero();
        assertThat(count("holistic_agent_runs", recent) + count("holistic_responses", recent))
                .isEqualTo(2);
        assertThat(retention.run(false).dropped()).as("nothing left to drop").isEmpty();
    }

    @Test
    void aDryRunReportsWhatItWouldDoAndChangesNothing() {
        String expired = partition("now() - interval '500 days'");
        UUID old = answered("now() - interval '500 days'");
        UUID parked = answered("'2091-05-20T10:00:00Z'");
        List<String> before = partitions();

        PartitionRetentionReport report = retention.run(true);

        assertThat(report.dryRun()).isTrue();
        assertThat(report.dropped()).containsEntry(expired, 1L).hasSize(1);
        assertThat(report.moved()).containsExactly(java.util.Map.entry("holistic_requests_y2091m05", 1L));
        assertThat(partitions()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(requests(old, parked)).containsExactlyInAnyOrder(old, parked);
        assertThat(partitionOf(parked)).isEqualTo("holistic_requests_default");
    }

    @Test
    void rowsInTheDefaultPartitionMoveToTheirMonthWithTheirReferencesAndHistoryIntact() {
        UUID parked = answered("'2091-05-20T10:00:00Z'");
        UUID parkedToo = answered("'2091-05-31T23:59:59Z'");
        UUID nextMonth = answered("'2091-06-01T00:00:00Z'");
        UUID expiredInDefault = answered("now() - interval '600 days'");
        long history = jdbc.sql("select count(*) from holistic_request_history")
                .query(Long.class)
                .single();
        String updatedBy = jdbc.sql("select updated_at::text from holistic_requests where id = ?")
                .param(parked)
                .query(String.class)
                .single();

        PartitionRetentionReport report = retention.run(false);

        assertThat(report.moved())
                .containsEntry("holistic_requests_y2091m05", 2L)
                .containsEntry("holistic_requests_y2091m06", 1L)
                .hasSize(3);
        assertThat(report.dropped())
                .as("the expired month got its partition and was dropped")
                .hasSize(1);
        assertThat(partitionOf(parked)).isEqualTo("holistic_requests_y2091m05");
        assertThat(partitionOf(parkedToo)).isEqualTo("holistic_requests_y2091m05");
        assertThat(partitionOf(nextMonth)).isEqualTo("holistic_requests_y2091m06");
        assertThat(requests(expiredInDefault)).isEmpty();
        assertThat(jdbc.sql("select count(*) from holistic_requests_default")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(count("holistic_agent_runs", parked) + count("holistic_responses", parked))
                .as("the move does not cascade")
                .isEqualTo(2);
        assertThat(jdbc.sql("select updated_at::text from holistic_requests where id = ?")
                        .param(parked)
                        .query(String.class)
                        .single())
                .as("no trigger fired on the move")
                .isEqualTo(updatedBy);
        assertThat(jdbc.sql("select count(*) from holistic_request_history where operation <> 'DELETE'")
                        .query(Long.class)
                        .single())
                .isEqualTo(history);
        assertThat(jdbc.sql("select relrowsecurity from pg_class where relname = 'holistic_requests_y2091m05'")
                        .query(Boolean.class)
                        .single())
                .as("the new partition is secured like any other")
                .isTrue();
    }

    @Test
    void anInstanceFindingTheLockTakenDoesNothing() throws Exception {
        String expired = partition("now() - interval '500 days'");
        answered("now() - interval '500 days'");
        try (Connection other = database.dataSource().getConnection();
                Statement statement = other.createStatement()) {
            statement.execute("select pg_advisory_lock(hashtext('aura360.holistic_requests.retention'))");

            PartitionRetentionReport report = retention.run(false);

            assertThat(report.ran()).isFalse();
            assertThat(partitions()).contains(expired);
        }
    }

    @Test
    void twoInstancesRunningAtOnceDropEachPartitionOnce() {
        String expired = partition("now() - interval '500 days'");
        answered("now() - interval '500 days'");

        List<PartitionRetentionReport> reports = List.of(
                        CompletableFuture.supplyAsync(() -> retention.run(false)),
                        CompletableFuture.supplyAsync(() -> retention.run(false)))
                .stream()
                .map(CompletableFuture::join)
                .toList();

        assertThat(reports.stream().mapToLong(r -> r.dropped().size()).sum()).isOne();
        assertThat(partitions()).doesNotContain(expired);
    }

    private String partition(String month) {
        jdbc.sql("select create_holistic_request_partition((" + month + ")::date)")
                .query()
                .listOfRows();
        return jdbc.sql("select holistic_request_partition_name(date_trunc('month', (" + month
                        + ") at time zone 'UTC')::date)")
                .query(String.class)
                .single();
    }

    /** A request with one agent run and a response. */
    private UUID answered(String requestedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "insert into holistic_requests (id, user_id, category, schema_version, requested_at) values (?, ?, 'body', '1.0.0', "
                                + requestedAt + ")")
                .params(id, user)
                .update();
        jdbc.sql("""
				insert into holistic_agent_runs (request_id, agent_name, model_version, input_context, elapsed_ms, status)
				values (?, 'sleep', 'offline', '{}', 3, 'COMPLETED')""").param(id).update();
        jdbc.sql(
                        "insert into holistic_responses (request_id, payload, version_major, version_minor) values (?, '{}', 1, 0)")
                .param(id)
                .update();
        return id;
    }

    private List<String> partitions() {
        return jdbc.sql(
                        "select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'holistic_requests'::regclass")
                .query(String.class)
                .list();
    }

    private List<UUID> requests(UUID... ids) {
        return jdbc.sql("select id from holistic_requests where id = any(?)")
                .param(ids)
                .query(UUID.class)
                .list();
    }

    private String partitionOf(UUID request) {
        return jdbc.sql("select tableoid::regclass::text from holistic_requests where id = ?")
                .param(request)
                .query(String.class)
                .single();
    }

    private long count(String table, UUID request) {
        return jdbc.sql("select count(*) from " + table + " where request_id = ?")
                .param(request)
                .query(Long.class)
                .single();
    }
}
