package io.aura360.gateway.database;

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
 * A new, empty database for gateway tests that need the schema: on the server named by {@code AURA_TEST_DB_URL}
 * when it is set, otherwise on one embedded PostgreSQL shared by the test JVM. Migrated with the gateway's Flyway
 * migrations, fully or up to a version. Dropped on close.
 */
public final class FreshDatabase implements AutoCloseable {

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
        EmbeddedTestPostgres server = EmbeddedTestPostgres.shared();
        execute(server.jdbcUrl(), server.user(), "create database " + name);
        return new FreshDatabase(
                server.jdbcUrl(), server.jdbcUrl().replaceFirst("/[^/]+$", "/" + name), server.user(), name);
    }

    /** Applies the migrations up to {@code version} (all of them when null). */
    public void migrateTo(String version) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target(version == null ? MigrationVersion.LATEST : MigrationVersion.fromVersion(version))
                .load()
                .migrate();
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

    private static void execute(String url, String user, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot run '" + sql + "'", ex);
        }
    }
}
