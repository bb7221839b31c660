package io.aura360.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aura360.gateway.problem.DatabaseFailure;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/** The advice transactions' settings on one real, reused connection, as the pool hands it out again. */
class AdviceTransactionsTest {

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
    void holdForTheTransactionAndEndWithIt() {
        String inside = connection.transactions().execute(status -> {
            settings(Duration.ofSeconds(5)).configureThisTransaction();
            return setting("plan_cache_mode") + " " + setting("statement_timeout");
        });

        assertThat(inside).isEqualTo("force_generic_plan 5s");
        assertThat(setting("plan_cache_mode")).isEqualTo("auto");
        assertThat(setting("statement_timeout")).isEqualTo("0");
    }

    @Test
    void endWithARolledBackTransactionToo() {
        connection.transactions().executeWithoutResult(status -> {
            settings(Duration.ofSeconds(5)).configureThisTransaction();
            status.setRollbackOnly();
        });

        assertThat(setting("plan_cache_mode")).isEqualTo("auto");
        assertThat(setting("statement_timeout")).isEqualTo("0");
    }

    @Test
    void aStatementThatOutlivesTheTimeoutFailsAsATransientDatabaseFailure() {
        assertThatThrownBy(() -> connection.transactions().executeWithoutResult(status -> {
                    settings(Duration.ofMillis(50)).configureThisTransaction();
                    connection.jdbc().sql("select pg_sleep(5)").query().singleValue();
                }))
                .isInstanceOf(DataAccessException.class)
                .satisfies(failure -> assertThat(DatabaseFailure.in(failure)).hasValueSatisfying(database -> {
                    assertThat(database.sqlState()).isEqualTo("57014");
                    assertThat(database.isTransient()).isTrue();
                }));
        assertThat(setting("statement_timeout"))
                .as("not left behind by the failed transaction")
                .isEqualTo("0");
    }

    private static AdviceTransactions settings(Duration statementTimeout) {
        return new AdviceTransactions(connection.jdbc(), new DatabaseProperties(3, statementTimeout));
    }

    private static String setting(String name) {
        return connection
                .jdbc()
                .sql("select current_setting(?)")
                .param(name)
                .query(String.class)
                .single();
    }
}
