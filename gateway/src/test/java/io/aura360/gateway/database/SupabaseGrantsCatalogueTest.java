package io.aura360.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema as Supabase would hold it: every table in {@code public} granted to {@code anon} and
 * {@code authenticated} by default privileges as it is created (migrations, Flyway's history table, the partition
 * job run once more for a month the migrations did not prepare). No relation in {@code public} may
 * then be reachable by either role without row-level security, whatever kind it is (table, partition, view,
 * materialized view, foreign table).
 */
class SupabaseGrantsCatalogueTest {

    private static final List<String> CLIENT_ROLES = List.of("anon", "authenticated");

    private static FreshDatabase database;

    private static JdbcClient jdbc;

    @BeforeAll
    static void migratedUnderSupabaseDefaultGrants() {
        database = FreshDatabase.empty();
        jdbc = database.jdbc();
        jdbc.sql("""
				do $$
				declare role_name text;
				begin
				  foreach role_name in array array['anon', 'authenticated', 'service_role'] loop
				    begin
				      execute format('create role %I nologin noinherit', role_name);
				    exception when duplicate_object or unique_violation then null;
				    end;
				  end loop;
				end $$""").update();
        // What Supabase sets up in every project before any migration of ours runs.
        jdbc.sql("alter default privileges in schema public grant all on tables to anon, authenticated, service_role")
                .update();
        database.migrateTo(null);
        // The daily partition job, for a month no migration prepared.
        jdbc.sql("select create_holistic_request_partition(date '2031-05-01')")
                .query()
                .listOfRows();
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void noRelationInPublicIsReachableByClientRolesWithoutRowLevelSecurity() {
        List<String> exposed = jdbc.sql("""
				select c.relname || ' (' || cast(c.relkind as text) || ') to ' || r.role_name
				from pg_class c join pg_namespace n on n.oid = c.relnamespace
				     cross join unnest(cast(:roles as text[])) as r(role_name)
				where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f')
				  and not c.relrowsecurity
				  and not (c.relkind = 'v' and coalesce(c.reloptions, '{}') @> array['security_invoker=true'])
				  and has_table_privilege(r.role_name, c.oid, 'select, insert, update, delete')
				order by 1""")
                .param("roles", CLIENT_ROLES.toArray(String[]::new))
                .query(String.class)
                .list();

        assertThat(exposed).isEmpty();
    }

    @Test
    void everyPartitionOfRequestsHasRowLevelSecurityIncludingThoseMadeLater() {
        List<String> partitions = jdbc.sql("""
				select c.relname || ':' || c.relrowsecurity
				from pg_inherits i join pg_class c on c.oid = i.inhrelid
				where i.inhparent = cast('holistic_requests' as regclass) order by 1""").query(String.class).list();

        assertThat(partitions)
                .contains("holistic_requests_default:true", "holistic_requests_y2031m05:true")
                .allMatch(partition -> partition.endsWith(":true"));
    }

    @Test
    void aSignedInUserNamingAPartitionSeesNoOneElsesRequests() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        jdbc.sql("insert into app_users (auth_user_id) values (?), (?)")
                .params(alice, bob)
                .update();
        jdbc.sql("""
				insert into holistic_requests (id, user_id, category, schema_version, requested_at)
				values (?, ?, 'mind', '1.0.0', now()), (?, ?, 'mind', '1.0.0', timestamptz '1999-01-01 00:00:00+00')""").params(UUID.randomUUID(), bob, UUID.randomUUID(), bob).update();
        String currentMonth = jdbc.sql("select holistic_request_partition_name(cast(now() as date))")
                .query(String.class)
                .single();

        for (String partition : List.of(currentMonth, "holistic_requests_default")) {
            for (String role : CLIENT_ROLES) {
                List<UUID> seen = database.transactions().execute(status -> {
                    status.setRollbackOnly();
                    // Granted anyway (by hand, or a blanket grant): row-level security alone must keep them out.
                    jdbc.sql("grant all on " + partition + " to anon, authenticated")
                            .update();
                    jdbc.sql("select set_config('role', ?, true), set_config('request.jwt.claims', ?, true)")
                            .params(role, "{\"sub\": \"" + alice + "\", \"role\": \"" + role + "\"}")
                            .query()
                            .listOfRows();
                    return jdbc.sql("select user_id from " + partition)
                            .query(UUID.class)
                            .list();
                });
                assertThat(seen).as(role + " on " + partition).isEmpty();
            }
        }
    }
}
