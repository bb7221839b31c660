package io.aura360.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The generic-plan setting on one real, reused connection, as the pool hands it out again. */
class GenericPlansTest {

    private static FreshDatabase database;

    private static SingleConnectionDataSource connection;

    private static JdbcClient jdbc;

    private static TransactionTemplate transactions;

    @BeforeAll
    static void oneConnection() throws SQLException {
        database = FreshDatabase.migrated();
        connection = new SingleConnectionDataSource(database.dataSource().getConnection(), true);
        jdbc = JdbcClient.create(connection);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(connection));
    }

    @AfterAll
    static void close() {
        connection.destroy();
        database.close();
    }

    @Test
    void holdsForTheTransactionAndEndsWithIt() {
        String inside = transactions.execute(status -> {
            new GenericPlans(jdbc).forThisTransaction();
            return planCacheMode();
        });

        assertThat(inside).isEqualTo("force_generic_plan");
        assertThat(planCacheMode()).isEqualTo("auto");
    }

    @Test
    void endsWithARolledBackTransactionToo() {
        transactions.executeWithoutResult(status -> {
            new GenericPlans(jdbc).forThisTransaction();
            status.setRollbackOnly();
        });

        assertThat(planCacheMode()).isEqualTo("auto");
    }

    private static String planCacheMode() {
        return jdbc.sql("select current_setting('plan_cache_mode')")
                .query(String.class)
                .single();
    }
}
