package io.aura360.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each Supabase role's reach on real PostgreSQL, with the policies of V11: {@code authenticated} sees and changes
 * only its own rows, {@code service_role} everything, {@code anon} nothing, and a user role without claims nothing.
 * Every probe runs in a transaction that is rolled back, so the fixtures stay as they are.
 */
class RowLevelSecurityTest {

    private static final UUID ALICE = UUID.randomUUID();

    private static final UUID BOB = UUID.randomUUID();

    private static FreshDatabase database;

    private static JdbcClient owner;

    private static TransactionTemplate transactions;

    private static Map<UUID, Fixture> fixtures;

    @BeforeAll
    static void schemaAndTwoUsers() {
        database = FreshDatabase.migrated();
        owner = database.jdbc();
        transactions = database.transactions();
        fixtures = Map.of(ALICE, Fixture.create(owner, ALICE), BOB, Fixture.create(owner, BOB));
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void authenticatedSeesOnlyItsOwnRowsInEveryUserTable() {
        for (OwnedTable table : OwnedTable.values()) {
            assertThat(visible(role("authenticated", ALICE), table.select))
                    .as(table.name())
                    .containsExactly(table.key.apply(fixtures.get(ALICE)));
            assertThat(visible(role("authenticated", BOB), table.select))
                    .as(table.name())
                    .containsExactly(table.key.apply(fixtures.get(BOB)));
        }
    }

    @Test
    void serviceRoleSeesEveryone() {
        for (OwnedTable table : OwnedTable.values()) {
            assertThat(visible(role("service_role", null), table.select))
                    .as(table.name())
                    .containsExactlyInAnyOrder(
                            table.key.apply(fixtures.get(ALICE)), table.key.apply(fixtures.get(BOB)));
        }
    }

    @Test
    void authenticatedWithoutClaimsSeesNothing() {
        for (OwnedTable table : OwnedTable.values()) {
            assertThat(visible(role("authenticated", null), table.select))
                    .as(table.name())
                    .isEmpty();
        }
        assertThat(sqlState(() -> inRole(
                        role("authenticated", null),
                        jdbc -> jdbc.sql(
                                        "insert into user_habits (user_id, habit_type, description) values (?, 'sleep', 'x')")
                                .param(ALICE)
                                .update())))
                .isEqualTo("42501");
    }

    @Test
    void anonIsGrantedNothing() {
        for (OwnedTable table : OwnedTable.values()) {
            assertThat(sqlState(() -> visible(role("anon", null), table.select)))
                    .as(table.name())
                    .isEqualTo("42501");
        }
    }

    @Test
    void anonSeesNoRowEvenWithSupabaseDefaultGrants() {
        // Supabase grants every table to anon by default; the policies alone must then keep anon out.
        for (OwnedTable table : OwnedTable.values()) {
            List<String> rows = transactions.execute(status -> {
                status.setRollbackOnly();
                owner.sql("grant select on all tables in schema public to anon").update();
                bind(owner, role("anon", null));
                return owner.sql(table.select).query(String.class).list();
            });
            assertThat(rows).as(table.name()).isEmpty();
        }
    }

    @Test
    void authenticatedChangesOnlyItsOwnProfileAndHealthData() {
        Role alice = role("authenticated", ALICE);
        assertThat(update(alice, "update app_users set display_name = 'A' where auth_user_id = ?", BOB))
                .isZero();
        assertThat(update(alice, "update app_users set display_name = 'A' where auth_user_id = ?", ALICE))
                .isOne();
        assertThat(update(alice, "delete from user_habits where user_id = ?", BOB))
                .isZero();
        assertThat(update(alice, "delete from user_habits where user_id = ?", ALICE))
                .isOne();
        assertThat(update(alice, "delete from app_users where auth_user_id = ?", BOB))
                .isZero();
        assertThat(update(alice, "delete from idempotency_keys where user_id = ?", BOB))
                .isZero();
        assertThat(update(alice, "delete from idempotency_keys where user_id = ?", ALICE))
                .isOne();
        assertThat(update(
                        alice,
                        "delete from outbox_events where aggregate_id = ?",
                        fixtures.get(BOB).request()))
                .isZero();
        assertThat(update(
                        alice,
                        "delete from outbox_events where aggregate_id = ?",
                        fixtures.get(ALICE).request()))
                .isOne();
        assertThat(sqlState(() -> update(
                        alice,
                        "insert into user_habits (user_id, habit_type, description) values (?, 'sleep', 'planted')",
                        BOB)))
                .as("a row for someone else is refused by the policy's check")
                .isEqualTo("42501");
        assertThat(update(
                        alice,
                        "insert into user_habits (user_id, habit_type, description) values (?, 'sleep', 'own')",
                        ALICE))
                .isOne();
    }

    @Test
    void authenticatedCannotTouchWhatTheServiceControls() {
        Role alice = role("authenticated", ALICE);
        for (String sql : List.of(
                "update app_users set tier = 'premium' where auth_user_id = ?",
                "select webhook_secret from app_users where auth_user_id = ?",
                "insert into app_users (auth_user_id) values (?)",
                "update holistic_requests set status = 'COMPLETED' where user_id = ?",
                "update advice_usage set used = 0 where user_id = ?",
                "delete from holistic_requests where user_id = ?",
                "insert into idempotency_keys (user_id, key, request_hash, status, expires_at) values (?, 'k2', 'h', 'IN_FLIGHT', now())",
                "select count(*) from holistic_request_history where request_id = ?")) {
            assertThat(sqlState(() -> update(alice, sql, ALICE))).as(sql).isEqualTo("42501");
        }
    }

    @Test
    void userTablesAddedAfterTheVersionedPoliciesAreCoveredToo() {
        // provisional_summaries comes from V14, after the versioned policies of V11: the repeatable migration,
        // which runs after every versioned one, must cover it.
        try (FreshDatabase later = FreshDatabase.migrated()) {
            JdbcClient jdbc = later.jdbc();
            UUID request = UUID.randomUUID();
            jdbc.sql("insert into app_users (auth_user_id) values (?), (?)")
                    .params(ALICE, BOB)
                    .update();
            jdbc.sql("insert into provisional_summaries values (?, ?, '{}'), (?, ?, '{}')")
                    .params(request, ALICE, UUID.randomUUID(), BOB)
                    .update();

            List<UUID> seen = later.transactions().execute(status -> {
                status.setRollbackOnly();
                bind(jdbc, role("authenticated", ALICE));
                return jdbc.sql("select request_id from provisional_summaries")
                        .query(UUID.class)
                        .list();
            });

            assertThat(seen).containsExactly(request);
        }
    }

    @Test
    void authFunctionsReadTheRequestClaims() {
        Map<String, Object> row = transactions.execute(status -> {
            status.setRollbackOnly();
            owner.sql("select set_config('request.jwt.claims', ?, true)")
                    .param("{\"sub\": \"" + ALICE + "\", \"role\": \"authenticated\", \"email\": \"a@example.org\"}")
                    .query()
                    .listOfRows();
            return owner.sql("select auth.uid() as uid, auth.role() as role, auth.jwt() ->> 'email' as email")
                    .query()
                    .singleRow();
        });
        assertThat(row)
                .containsEntry("uid", ALICE)
                .containsEntry("role", "authenticated")
                .containsEntry("email", "a@example.org");
    }

    private List<String> visible(Role role, String sql) {
        return inRole(role, jdbc -> jdbc.sql(sql).query(String.class).list());
    }

    private int update(Role role, String sql, UUID id) {
        return inRole(
                role,
                jdbc -> sql.startsWith("select")
                        ? jdbc.sql(sql).param(id).query().listOfRows().size()
                        : jdbc.sql(sql).param(id).update());
    }

    private <T> T inRole(Role role, Function<JdbcClient, T> work) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            bind(owner, role);
            return work.apply(owner);
        });
    }

    private static void bind(JdbcClient jdbc, Role role) {
        jdbc.sql("select set_config('role', ?, true), set_config('request.jwt.claims', ?, true)")
                .params(
                        role.name(),
                        role.user() == null
                                ? ""
                                : "{\"sub\": \"" + role.user() + "\", \"role\": \"" + role.name() + "\"}")
                .query()
                .listOfRows();
    }

    private static Role role(String name, UUID user) {
        return new Role(name, user);
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

    private record Role(String name, UUID user) {}

    /** Every table a user owns rows in, and the value that names whose a row is. */
    private enum OwnedTable {
        APP_USERS("select auth_user_id::text from app_users", f -> f.user().toString()),
        HABITS("select user_id::text from user_habits", f -> f.user().toString()),
        BIOMETRICS("select user_id::text from user_biometrics", f -> f.user().toString()),
        CLINICAL_HISTORY(
                "select user_id::text from user_clinical_history", f -> f.user().toString()),
        REQUESTS("select id::text from holistic_requests", f -> f.request().toString()),
        AGENT_RUNS("select id::text from holistic_agent_runs", f -> f.run().toString()),
        VECTOR_QUERIES(
                "select agent_run_id::text from holistic_vector_queries",
                f -> f.run().toString()),
        RESPONSES(
                "select request_id::text from holistic_responses",
                f -> f.request().toString()),
        USAGE("select user_id::text from advice_usage", f -> f.user().toString()),
        IDEMPOTENCY_KEYS(
                "select user_id::text from idempotency_keys", f -> f.user().toString()),
        OUTBOX_EVENTS(
                "select aggregate_id::text from outbox_events", f -> f.request().toString());

        private final String select;

        private final Function<Fixture, String> key;

        OwnedTable(String select, Function<Fixture, String> key) {
            this.select = select;
            this.key = key;
        }
    }

    /** One user's rows in every table, written by the service (the owner role). */
    private record Fixture(UUID user, UUID request, UUID run) {

        static Fixture create(JdbcClient jdbc, UUID user) {
            UUID request = UUID.randomUUID();
            UUID run = UUID.randomUUID();
            jdbc.sql("insert into app_users (auth_user_id, webhook_secret) values (?, 'whsec_x')")
                    .param(user)
                    .update();
            jdbc.sql("insert into user_habits (user_id, habit_type, description) values (?, 'sleep', 'late')")
                    .param(user)
                    .update();
            jdbc.sql("insert into user_biometrics (user_id, metric, value, unit) values (?, 'sleep_hours', 6, 'h')")
                    .param(user)
                    .update();
            jdbc.sql("insert into user_clinical_history (user_id, condition) values (?, 'asthma')")
                    .param(user)
                    .update();
            jdbc.sql("""
					insert into holistic_requests (id, user_id, category, schema_version) values (?, ?, 'mind', '1.0.0')""").params(request, user).update();
            jdbc.sql("""
					insert into holistic_agent_runs (id, request_id, agent_name, model_version, input_context, elapsed_ms, status)
					values (?, ?, 'mood', 'offline', '{}', 5, 'COMPLETED')""").params(run, request).update();
            jdbc.sql("""
					insert into holistic_vector_queries (agent_run_id, collection_name, embedding_model, top_k, results)
					values (?, 'holistic_memory', 'bge', 4, '[]')""").param(run).update();
            jdbc.sql(
                            "insert into holistic_responses (request_id, payload, version_major, version_minor) values (?, '{}', 1, 0)")
                    .param(request)
                    .update();
            jdbc.sql(
                            "insert into advice_usage (user_id, period_kind, period_start, used) values (?, 'day', current_date, 1)")
                    .param(user)
                    .update();
            jdbc.sql("""
					insert into idempotency_keys (user_id, key, request_hash, status, expires_at)
					values (?, 'k1', 'h', 'IN_FLIGHT', now() + interval '1 day')""").param(user).update();
            jdbc.sql("""
					insert into outbox_events (aggregate_type, aggregate_id, event_type, payload)
					values ('holistic_request', ?, 'holistic.response.created', '{}')""").param(request).update();
            return new Fixture(user, request, run);
        }
    }
}
