package io.aura360.app;

import io.aura360.gateway.database.FreshDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL the tests run on: a fresh database on the server named by {@code AURA_TEST_DB_URL} when it is
 * set (dropped when the JVM exits), otherwise none, and the application starts its embedded PostgreSQL.
 */
final class TestDatabase {

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?$");

    private static Optional<String> url;

    private TestDatabase() {}

    static synchronized Optional<String> external() {
        if (url == null) {
            String server = System.getenv("AURA_TEST_DB_URL");
            url = (server == null || server.isBlank()) ? Optional.empty() : Optional.of(createFresh(server));
        }
        return url;
    }

    /**
     * Points a context that must not share the other full-stack tests' data at a database of its own: without
     * {@code AURA_TEST_DB_URL}, an empty embedded one (the external fresh database is already one per JVM run).
     */
    static void ownUnlessExternal(DynamicPropertyRegistry registry) {
        if (external().isEmpty()) {
            FreshDatabase database = FreshDatabase.empty();
            String url = ((DriverManagerDataSource) database.dataSource()).getUrl();
            registry.add("aura.db.url", () -> url);
            registry.add("spring.datasource.url", () -> url);
        }
    }

    /** A new database on the server at {@code serverUrl} (a JDBC URL), dropped when the JVM exits; its JDBC URL. */
    static String createFresh(String serverUrl) {
        Matcher matcher = JDBC_URL.matcher(serverUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("AURA_TEST_DB_URL must look like jdbc:postgresql://host:port/db?user=…");
        }
        String name =
                "aura_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(serverUrl, "create database " + name);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(() -> execute(serverUrl, "drop database if exists " + name + " with (force)")));
        return matcher.group(1) + name + (matcher.group(3) == null ? "" : matcher.group(3));
    }

    private static void execute(String serverUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot run '" + sql + "' on the test server", ex);
        }
    }
}
