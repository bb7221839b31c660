package io.aura360.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generic-plan setting on one real, reused connection, as the pool hands it out again. */
class GenericPlansTest {

    private static ReusedConnection connection;

    @BeforeAll
    static void oneConnection() throws SQLException {
        connection = ReusedConnection.open();
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void holdsForTheTransactionAndEndsWithIt() {
        String inside = connection.transactions().execute(status -> {
            new GenericPlans(connection.jdbc()).forThisTransaction();
            return planCacheMode();
        });

        assertThat(inside).isEqualTo("force_generic_plan");
        assertThat(planCacheMode()).isEqualTo("auto");
    }

    @Test
    void endsWithARolledBackTransactionToo() {
        connection.transactions().executeWithoutResult(status -> {
            new GenericPlans(connection.jdbc()).forThisTransaction();
            status.setRollbackOnly();
        });

        assertThat(planCacheMode()).isEqualTo("auto");
    }

    private static String planCacheMode() {
        return connection
                .jdbc()
                .sql("select current_setting('plan_cache_mode')")
                .query(String.class)
                .single();
    }
}
