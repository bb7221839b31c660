package io.aura360.gateway.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.datasource.AbstractDataSource;

/** Counts the connections asked for (one per query) and answers none: the database is unreachable. */
public final class UnreachableDatabase extends AbstractDataSource {

    public final AtomicInteger connections = new AtomicInteger();

    @Override
    public Connection getConnection() throws SQLException {
        connections.incrementAndGet();
        throw new SQLException("connection refused", "08001");
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }
}
