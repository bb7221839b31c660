package io.aura360.gateway.database.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A process that starts the embedded PostgreSQL in the home named by its argument, writes a row, says so and waits
 * to be killed: {@link EmbeddedPostgresServerTest} kills it with SIGKILL, as a crash or the OOM killer would, so its
 * server is left running without an owner.
 */
final class ServerLeftRunning {

    static final String READY = "row written";

    private ServerLeftRunning() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table survivor (note text)");
            statement.execute("insert into survivor values ('written before the kill')");
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
