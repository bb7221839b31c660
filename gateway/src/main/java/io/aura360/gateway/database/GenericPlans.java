package io.aura360.gateway.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets the rest of the current transaction reuse generic plans ({@code plan_cache_mode = force_generic_plan}),
 * above all for the foreign-key checks PostgreSQL runs against the partitioned {@code holistic_requests} when a
 * run, a response or a job is written. Under the default mode a plan over a partitioned table looks dearer than a
 * custom one (it covers every partition, pruned only when it runs), so each key check was planned again, row after
 * row: a tenth of the database's statement time under load (docs/performance.md, part 7). The setting is
 * transaction-local, so it ends with the transaction and never reaches the next borrower of the connection; only
 * the write transactions of the advice path use it, whose statements look rows up by key.
 */
@Component
public class GenericPlans {

    private final JdbcClient jdbc;

    public GenericPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Generic plans until the current transaction ends; a no-op outside one. */
    public void forThisTransaction() {
        jdbc.sql("select set_config('plan_cache_mode', 'force_generic_plan', true)")
                .query(String.class)
                .single();
    }
}
