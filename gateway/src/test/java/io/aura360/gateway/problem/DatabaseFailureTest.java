package io.aura360.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;

/** Which database failures are the database's passing state (a 503 to retry) and which are the request's. */
class DatabaseFailureTest {

    @Test
    void noConnectionFromThePoolInTimeIsTransient() {
        // What Spring makes of HikariCP's timeout when the database is down: no SQLState of its own.
        Exception failure =
                new CannotGetJdbcConnectionException("no connection", new SQLTransientConnectionException("timeout"));

        assertThat(DatabaseFailure.in(failure))
                .hasValueSatisfying(d -> assertThat(d.isTransient()).isTrue());
    }

    @Test
    void aCancelledStatementALostConnectionALockOrADeadlockIsTransient() {
        for (String state : new String[] {"57014", "57P01", "08006", "53300", "55P03", "40001", "40P01"}) {
            assertThat(failure(state).isTransient()).as(state).isTrue();
        }
    }

    @Test
    void whatTheRequestWroteIsNot() {
        for (String state : new String[] {"23505", "23503", "22P02", "42601", "null"}) {
            assertThat(failure(state).isTransient()).as(state).isFalse();
        }
        assertThat(DatabaseFailure.in(new DataIntegrityViolationException("no SQL cause")))
                .isEmpty();
    }

    private static DatabaseFailure failure(String state) {
        SQLException sql = new SQLException("message quoting values", "null".equals(state) ? null : state);
        return DatabaseFailure.in(new UncategorizedSQLException("task", "select 1", sql))
                .orElseThrow();
    }
}
