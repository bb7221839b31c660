package io.aura360.gateway.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Settings for the rest of one write transaction of the advice path (the admission, the completion), made in one
 * round trip and transaction-local, so they end with the transaction and never reach the next borrower of the
 * pooled connection:
 *
 * <ul>
 *   <li>{@code plan_cache_mode = force_generic_plan}, above all for the foreign-key checks PostgreSQL runs against
 *       the partitioned {@code holistic_requests} when a run, a response or a job is written. Under the default mode
 *       a plan over a partitioned table looks dearer than a custom one (it covers every partition, pruned only when
 *       it runs), so each key check was planned again, row after row: a tenth of the database's statement time
 *       under load (docs/performance.md, part 7). These transactions' statements look rows up by key.
 *   <li>{@code statement_timeout} ({@code aura.database.advice-statement-timeout}): a statement stuck behind a lock
 *       (an erasure of the same user, a partition being dropped) or a database that stopped answering fails the
 *       transaction, rolled back whole, instead of holding the client past its answer budget and a pooled
 *       connection with it; the client gets a 503 {@code service-unavailable} it may retry.
 * </ul>
 */
@Component
public class AdviceTransactions {

    private final JdbcClient jdbc;

    private final String statementTimeout;

    public AdviceTransactions(JdbcClient jdbc, DatabaseProperties properties) {
        this.jdbc = jdbc;
        this.statementTimeout = properties.adviceStatementTimeout().toMillis() + "ms";
    }

    /** The settings until the current transaction ends; a no-op outside one. */
    public void configureThisTransaction() {
        jdbc.sql("""
				select set_config('plan_cache_mode', 'force_generic_plan', true),
				       set_config('statement_timeout', :timeout, true)""")
                .param("timeout", statementTimeout)
                .query((rs, n) -> rs.getString(1))
                .single();
    }
}
