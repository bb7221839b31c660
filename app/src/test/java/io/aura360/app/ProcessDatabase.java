package io.aura360.app;

import io.aura360.gateway.database.embedded.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * PostgreSQL for tests that run the service as separate processes: a fresh database on the server named by
 * {@code AURA_TEST_DB_URL}, or else an embedded PostgreSQL started by the test itself, so the data outlives any
 * service process the test kills.
 */
final class ProcessDatabase implements AutoCloseable {

    private final String jdbcUrl;

    private final EmbeddedPostgresServer embedded;

    private ProcessDatabase(String jdbcUrl, EmbeddedPostgresServer embedded) {
        this.jdbcUrl = jdbcUrl;
        this.embedded = embedded;
    }

    static ProcessDatabase start(Path scratch) {
        String server = System.getenv("AURA_TEST_DB_URL");
        if (server != null && !server.isBlank()) {
            return new ProcessDatabase(TestDatabase.createFresh(server), null);
        }
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(scratch);
        return new ProcessDatabase(postgres.jdbcUrl(), postgres);
    }

    /** What a service process needs to use this database. */
    Map<String, String> environment() {
        return Map.of("AURA_DB_URL", jdbcUrl, "AURA_DB_USER", "postgres");
    }

    JdbcClient jdbc() {
        // The external URL names its user (AURA_TEST_DB_URL); the embedded server trusts postgres on loopback.
        return JdbcClient.create(
                (embedded == null)
                        ? new DriverManagerDataSource(jdbcUrl)
                        : new DriverManagerDataSource(jdbcUrl, embedded.user(), ""));
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
