package io.aura360.app.doctor;

import io.aura360.app.service.Env;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/** {@code AURA_DB_URL}: connects, reads the server version and how far the schema is migrated. */
final class DatabaseCheck implements Check {

    private static final String CONNECT_TIMEOUT_SECONDS = "5";

    private final Env env;

    DatabaseCheck(Map<String, String> env) {
        this.env = new Env(env);
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public Finding run() {
        if (!env.isSet("AURA_DB_URL")) {
            return Finding.pass("embedded PostgreSQL in AURA_HOME (started by serve; set AURA_DB_URL for your own)");
        }
        String url = env.get("AURA_DB_URL").orElseThrow();
        if (!url.startsWith("jdbc:postgresql:")) {
            return Finding.fail("AURA_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db)");
        }
        Properties properties = new Properties();
        properties.setProperty("user", env.get("AURA_DB_USER").orElse("postgres"));
        env.get("AURA_DB_PASSWORD").ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        properties.setProperty("loginTimeout", CONNECT_TIMEOUT_SECONDS);
        properties.setProperty("socketTimeout", CONNECT_TIMEOUT_SECONDS);
        try (Connection connection = DriverManager.getConnection(url, properties);
                Statement statement = connection.createStatement()) {
            String version = single(statement, "show server_version");
            return Finding.pass("PostgreSQL " + version + ", " + schema(statement));
        } catch (SQLException ex) {
            return Finding.fail("cannot connect with AURA_DB_URL: " + RootCause.message(ex));
        }
    }

    /** Flyway's history, when serve has already migrated this database. */
    private static String schema(Statement statement) throws SQLException {
        String exists = single(statement, "select to_regclass('flyway_schema_history')::text");
        if (exists == null) {
            return "not migrated yet (serve migrates it at start)";
        }
        return "schema at V" + single(statement, "select max(version::int) from flyway_schema_history where success");
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
