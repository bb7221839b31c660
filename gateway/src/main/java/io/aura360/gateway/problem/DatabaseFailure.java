package io.aura360.gateway.problem;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What may be logged of a database failure: its SQLState and the constraint it names, never its message. PostgreSQL's
 * messages, details and context lines quote the values involved ({@code Where: JSON data, line 1: {"query":...}}),
 * which can be what a person wrote about their health, and Spring's wrappers add the SQL.
 */
public record DatabaseFailure(String sqlState, String constraint) {

    /** The database failure somewhere in {@code failure}'s causes, if there is one. */
    public static Optional<DatabaseFailure> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                ServerErrorMessage server = (sql instanceof PSQLException psql) ? psql.getServerErrorMessage() : null;
                return Optional.of(new DatabaseFailure(
                        String.valueOf(sql.getSQLState()), (server == null) ? null : server.getConstraint()));
            }
        }
        return Optional.empty();
    }

    /** A log-safe description of {@code failure}: the database summary when it is one, otherwise its own text. */
    public static String describe(Throwable failure) {
        return in(failure).map(DatabaseFailure::toString).orElseGet(failure::toString);
    }

    @Override
    public String toString() {
        return "database error, SQLState " + sqlState + ", constraint " + ((constraint == null) ? "none" : constraint);
    }
}
