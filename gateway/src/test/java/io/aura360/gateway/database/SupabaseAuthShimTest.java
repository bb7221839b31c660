package io.aura360.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The auth schema shim and the Supabase roles on plain PostgreSQL (V10). */
class SupabaseAuthShimTest {

    @Test
    void keepsTheAuthFunctionsADatabaseAlreadyHasAsOnSupabase() {
        UUID fixed = UUID.randomUUID();
        try (FreshDatabase database = FreshDatabase.empty()) {
            database.jdbc().sql("create schema auth").update();
            database.jdbc()
                    .sql("create function auth.uid() returns uuid language sql stable as $$ select '" + fixed
                            + "'::uuid $$")
                    .update();

            database.migrateTo(null);

            assertThat(database.jdbc()
                            .sql("select auth.uid()")
                            .query(UUID.class)
                            .single())
                    .isEqualTo(fixed);
            assertThat(database.jdbc()
                            .sql("select auth.role()")
                            .query(String.class)
                            .optional())
                    .isEmpty();
        }
    }

    @Test
    void databasesOnOneServerMigrateAtTheSameTimeDespiteSharingTheRoles() {
        List<FreshDatabase> databases =
                IntStream.range(0, 3).mapToObj(i -> FreshDatabase.empty()).toList();
        try {
            CompletableFuture.allOf(databases.stream()
                            .map(database -> CompletableFuture.runAsync(() -> database.migrateTo(null)))
                            .toArray(CompletableFuture[]::new))
                    .join();

            List<Map<String, Object>> roles =
                    databases.get(0).jdbc().sql("""
						select rolname, rolcanlogin, pg_has_role(current_user, rolname, 'member') as member from pg_roles
						where rolname in ('anon', 'authenticated', 'service_role') order by rolname""").query().listOfRows();
            assertThat(roles)
                    .extracting(row -> row.get("rolname"))
                    .containsExactly("anon", "authenticated", "service_role");
            assertThat(roles).allSatisfy(row -> {
                assertThat(row.get("rolcanlogin")).isEqualTo(false);
                assertThat(row.get("member")).isEqualTo(true);
            });
        } finally {
            databases.forEach(FreshDatabase::close);
        }
    }
}
