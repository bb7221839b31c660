package io.aura360.gateway.database;

import io.aura360.gateway.database.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new, empty database for tests that need the schema: on the server named by {@code AURA_TEST_DB_URL} when it is
 * set, otherwise on one embedded PostgreSQL shared by the test JVM. Migrated with the gateway's Flyway migrations,
 * fully or up to a version. Dropped on close. The app module's tests use it too, from the gateway's test jar.
 */
public final class FreshDatabase implements AutoCloseable {

    private static EmbeddedPostgresServer embedded;

    private final String serverUrl;

    private final String name;

    private final DriverManagerDataSource dataSource;

    private FreshDatabase(String serverUrl, String databaseUrl, String user, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
        this.dataSource = new DriverManagerDataSource(databaseUrl);
        if (user != null) {
            dataSource.setUsername(user);
        }
    }

    /** A database with every migration applied. */
    public static FreshDatabase migrated() {
        FreshDatabase database = empty();
        database.migrateTo(null);
        return database;
    }

    /** A database without any table yet. */
    public static FreshDatabase empty() {
        String name =
                "aura_fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String external = System.getenv("AURA_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            execute(external, null, "create database " + name);
            return new FreshDatabase(
                    external, external.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name), null, name);
        }
        EmbeddedPostgresServer server = embeddedServer();
        execute(server.jdbcUrl(), server.user(), "create database " + name);
        return new FreshDatabase(
                server.jdbcUrl(), server.jdbcUrl().replaceFirst("/[^/]+$", "/" + name), server.user(), name);
    }

    /** Applies the migrations up to {@code version} (all of them when null). */
    public void migrateTo(String version) {
        migrate(version, "classpath:db/migration");
    }

    /** Applies every migration, the gateway's and those in {@code locations}. */
    public void migrateWith(String... locations) {
        String[] all = new String[locations.length + 1];
        all[0] = "classpath:db/migration";
        System.arraycopy(locations, 0, all, 1, locations.length);
        migrate(null, all);
    }

    private void migrate(String version, String... locations) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(locations)
                .target(version == null ? MigrationVersion.LATEST : MigrationVersion.fromVersion(version))
                .load()
                .migrate();
    }

    /** The JDBC URL and user of this database, for an application context that opens its own pool. */
    public String jdbcUrl() {
        return dataSource.getUrl();
    }

    public String user() {
        return dataSource.getUsername();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    public TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public void close() {
        execute(serverUrl, dataSource.getUsername(), "drop database if exists " + name + " with (force)");
    }

    private static synchronized EmbeddedPostgresServer embeddedServer() {
        if (embedded == null) {
            try {
                EmbeddedPostgresServer server =
                        EmbeddedPostgresServer.start(Files.createTempDirectory("aura360-fresh-db"));
                Runtime.getRuntime().addShutdownHook(new Thread(server::close));
                embedded = server;
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return embedded;
    }

    private static void execute(String url, String user, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot run '" + sql + "'", ex);
        }
    }
}
