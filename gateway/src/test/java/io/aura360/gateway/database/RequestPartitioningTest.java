package io.aura360.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code holistic_requests} in monthly partitions (V9): prepared ahead, integrity kept, triggers still firing. */
class RequestPartitioningTest {

    private static final DateTimeFormatter PARTITION = DateTimeFormatter.ofPattern("'holistic_requests_y'yyyy'm'MM");

    private static FreshDatabase database;

    private static JdbcClient jdbc;

    @BeforeAll
    static void schema() {
        database = FreshDatabase.migrated();
        jdbc = database.jdbc();
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void theMigrationPreparesThisMonthAndThreeAheadBesideTheDefault() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        assertThat(partitions())
                .contains(
                        "holistic_requests_default",
                        PARTITION.format(now),
                        PARTITION.format(now.plusMonths(1)),
                        PARTITION.format(now.plusMonths(2)),
                        PARTITION.format(now.plusMonths(3)));
    }

    @Test
    void ensuringIsIdempotentAndSafeWhenInstancesRaceAtStart() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        List<CompletableFuture<Integer>> racers = IntStream.range(0, 4)
                .mapToObj(i ->
                        CompletableFuture.supplyAsync(() -> jdbc.sql("select ensure_holistic_request_partitions(6)")
                                .query(Integer.class)
                                .single()))
                .toList();

        int created = racers.stream().mapToInt(CompletableFuture::join).sum();

        assertThat(created).as("months 4 to 6 ahead, made once").isEqualTo(3);
        assertThat(partitions()).contains(PARTITION.format(now.plusMonths(6)));
        assertThat(jdbc.sql("select ensure_holistic_request_partitions(6)")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThatThrownBy(() -> jdbc.sql("select ensure_holistic_request_partitions(-1)")
                        .query(Integer.class)
                        .single())
                .hasRootCauseInstanceOf(SQLException.class)
                .rootCause()
                .satisfies(ex -> assertThat(((SQLException) ex).getSQLState()).isEqualTo("22023"));
    }

    @Test
    void rowsLandInTheirMonthAndOutsideThePreparedMonthsInTheDefaultPartition() {
        UUID user = user();
        UUID current = request(user, "now()");
        UUID farAhead = request(user, "'2091-05-20T10:00:00Z'");

        assertThat(partitionOf(current)).isEqualTo(PARTITION.format(YearMonth.now(ZoneOffset.UTC)));
        assertThat(partitionOf(farAhead)).isEqualTo("holistic_requests_default");
    }

    @Test
    void aMonthWhoseRowsWaitInTheDefaultPartitionIsLeftThereAndItsNeighboursAreStillMade() {
        UUID user = user();
        UUID waiting = request(user, "'2092-03-10T00:00:00Z'");

        assertThat(createPartition("2092-03-01")).isFalse();
        assertThat(createPartition("2092-04-01")).isTrue();
        assertThat(createPartition("2092-04-17")).as("the month already exists").isFalse();

        assertThat(partitions()).doesNotContain("holistic_requests_y2092m03").contains("holistic_requests_y2092m04");
        assertThat(partitionOf(waiting)).isEqualTo("holistic_requests_default");
        assertThat(partitionOf(request(user, "'2092-04-30T23:59:59Z'"))).isEqualTo("holistic_requests_y2092m04");
        assertThat(partitionOf(request(user, "'2092-05-01T00:00:00Z'")))
                .as("bounds are UTC month starts")
                .isEqualTo("holistic_requests_default");
    }

    @Test
    void runsAndResponsesReferenceTheirRequestThroughTheCompositeKeyAndGoWithIt() {
        UUID user = user();
        UUID request = request(user, "now() - interval '40 days'");
        UUID run = UUID.randomUUID();
        jdbc.sql("""
				insert into holistic_agent_runs (id, request_id, agent_name, model_version, input_context, elapsed_ms, status)
				values (?, ?, 'sleep', 'offline', '{}', 3, 'COMPLETED')""").params(run, request).update();
        jdbc.sql(
                        "insert into holistic_vector_queries (agent_run_id, collection_name, embedding_model, top_k, results) values (?, 'c', 'm', 4, '[]')")
                .param(run)
                .update();
        jdbc.sql(
                        "insert into holistic_responses (request_id, payload, version_major, version_minor) values (?, '{}', 1, 0)")
                .param(request)
                .update();

        assertThat(jdbc.sql("""
				select count(*) from holistic_agent_runs a join holistic_requests r
				  on r.id = a.request_id and r.requested_at = a.request_requested_at where a.id = ?""").param(run).query(Long.class).single())
                .as("the writer's request_id got its requested_at")
                .isOne();
        assertThat(sqlState(() -> jdbc.sql("""
				insert into holistic_agent_runs (request_id, agent_name, model_version, input_context, elapsed_ms, status)
				values (?, 'sleep', 'offline', '{}', 3, 'COMPLETED')""").param(UUID.randomUUID()).update()))
                .as("no request, no run")
                .isEqualTo("23502");
        assertThat(sqlState(() -> jdbc.sql("""
				insert into holistic_responses (request_id, request_requested_at, payload, version_major, version_minor)
				values (?, now() + interval '1 day', '{}', 1, 0)""").param(request(user, "now()")).update()))
                .as("a response must name its request's real key")
                .isEqualTo("23503");

        jdbc.sql("delete from holistic_requests where id = ?").param(request).update();

        assertThat(jdbc.sql("select count(*) from holistic_agent_runs where request_id = ?")
                        .param(request)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from holistic_vector_queries where agent_run_id = ?")
                        .param(run)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from holistic_responses where request_id = ?")
                        .param(request)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void auditAndHistoryTriggersFireOnEveryPartition() {
        UUID user = user();
        UUID old = request(user, "now() - interval '70 days'");
        UUID parked = request(user, "'2093-01-01T00:00:00Z'");
        for (UUID request : List.of(old, parked)) {
            database.transactions().executeWithoutResult(status -> {
                jdbc.sql("select set_config('aura.actor', 'reaper', true)")
                        .query()
                        .listOfRows();
                jdbc.sql("update holistic_requests set status = 'FAILED', error_type = 'INTERRUPTED' where id = ?")
                        .param(request)
                        .update();
            });
            assertThat(jdbc.sql(
                                    "select operation || ':' || status || ':' || changed_by from holistic_request_history where request_id = ? order by id")
                            .param(request)
                            .query(String.class)
                            .list())
                    .hasSize(2)
                    .last()
                    .isEqualTo("UPDATE:FAILED:reaper");
            assertThat(jdbc.sql("select updated_by from holistic_requests where id = ?")
                            .param(request)
                            .query(String.class)
                            .single())
                    .isEqualTo("reaper");
        }
        jdbc.sql("delete from app_users where auth_user_id = ?").param(user).update();
        assertThat(jdbc.sql(
                                "select count(*) from holistic_request_history where request_id in (?, ?) and operation = 'DELETE'")
                        .params(old, parked)
                        .query(Long.class)
                        .single())
                .as("erasure cascades and the audit keeps the ids")
                .isEqualTo(2);
    }

    @Test
    void aUsersHistoryInAMonthReadsOnlyThatMonthsPartition() {
        String plan = String.join(
                "\n", jdbc.sql("""
				explain select id from holistic_requests where user_id = ? and requested_at >= '2092-04-01T00:00:00Z'
				  and requested_at < '2092-05-01T00:00:00Z' order by requested_at desc limit 20""").param(UUID.randomUUID()).query(String.class).list());
        assertThat(plan)
                .contains("holistic_requests_y2092m04")
                .doesNotContain("holistic_requests_default")
                .doesNotContain(PARTITION.format(YearMonth.now(ZoneOffset.UTC)));
    }

    private static List<String> partitions() {
        return jdbc.sql(
                        "select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'holistic_requests'::regclass")
                .query(String.class)
                .list();
    }

    private static boolean createPartition(String month) {
        return jdbc.sql("select create_holistic_request_partition(cast(? as date))")
                .param(month)
                .query(Boolean.class)
                .single();
    }

    private static String partitionOf(UUID request) {
        return jdbc.sql("select tableoid::regclass::text from holistic_requests where id = ?")
                .param(request)
                .query(String.class)
                .single();
    }

    private static UUID user() {
        UUID user = UUID.randomUUID();
        jdbc.sql("insert into app_users (auth_user_id) values (?)").param(user).update();
        return user;
    }

    private static UUID request(UUID user, String requestedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "insert into holistic_requests (id, user_id, category, schema_version, requested_at) values (?, ?, 'body', '1.0.0', "
                                + requestedAt + ")")
                .params(id, user)
                .update();
        return id;
    }

    private static String sqlState(Runnable probe) {
        try {
            probe.run();
            return "none";
        } catch (RuntimeException ex) {
            Throwable cause = ex;
            while (cause != null && !(cause instanceof SQLException)) {
                cause = cause.getCause();
            }
            return (cause == null) ? ex.toString() : ((SQLException) cause).getSQLState();
        }
    }
}
