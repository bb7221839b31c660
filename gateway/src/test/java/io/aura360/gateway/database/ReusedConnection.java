package io.aura360.gateway.database;

import java.sql.SQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One real connection to a freshly migrated database, handed out again for every statement and transaction, as a
 * pool hands a connection to its next borrower: what one transaction sets must not reach the next.
 */
record ReusedConnection(
        FreshDatabase database,
        SingleConnectionDataSource connection,
        JdbcClient jdbc,
        TransactionTemplate transactions)
        implements AutoCloseable {

    static ReusedConnection open() throws SQLException {
        FreshDatabase database = FreshDatabase.migrated();
        SingleConnectionDataSource connection =
                new SingleConnectionDataSource(database.dataSource().getConnection(), true);
        return new ReusedConnection(
                database,
                connection,
                JdbcClient.create(connection),
                new TransactionTemplate(new DataSourceTransactionManager(connection)));
    }

    @Override
    public void close() {
        connection.destroy();
        database.close();
    }
}
