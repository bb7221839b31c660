package io.aura360.gateway.problem;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Optional;
import java.util.Set;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What may be logged of a database failure: its SQLState and the constraint it names, never its message. PostgreSQL's
 * messages, details and context lines quote the values involved ({@code Where: JSON data, line 1: {"query":...}}),
 * which can be what a person wrote about their health, and Spring's wrappers add the SQL. {@code transientException}:
 * the driver or the pool called it transient ({@link SQLTransientException}, e.g. no connection in time).
 */
public record DatabaseFailure(String sqlState, String constraint, boolean transientException) {

    /** A lock not granted, a serialisation failure, a deadlock. */
    private static final Set<String> TRANSIENT_STATES = Set.of("55P03", "40001", "40P01");

    /** The database failure somewhere in {@code failure}'s causes, if there is one. */
    public static Optional<DatabaseFailure> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                ServerErrorMessage server = (sql instanceof PSQLException psql) ? psql.getServerErrorMessage() : null;
                return Optional.of(new DatabaseFailure(
                        String.valueOf(sql.getSQLState()),
                        (server == null) ? null : server.getConstraint(),
                        sql instanceof SQLTransientException));
            }
        }
        return Optional.empty();
    }

    /** A log-safe description of {@code failure}: the database summary when it is one, otherwise its own text. */
    public static String describe(Throwable failure) {
        return in(failure).map(DatabaseFailure::toString).orElseGet(failure::toString);
    }

    /**
     * Whether the failure is the database's state rather than the request's: no connection in time (transient, or
     * SQLState class 08), out of resources (53), an operator or a timeout (57: a statement cancelled by
     * {@code statement_timeout}, a server shutting down), or {@link #TRANSIENT_STATES}. The same request may succeed
     * a moment later.
     */
    public boolean isTransient() {
        return transientException
                || sqlState.startsWith("08")
                || sqlState.startsWith("53")
                || sqlState.startsWith("57")
                || TRANSIENT_STATES.contains(sqlState);
    }

    @Override
    public String toString() {
        return "database error, SQLState " + sqlState + ", constraint " + ((constraint == null) ? "none" : constraint);
    }
}
