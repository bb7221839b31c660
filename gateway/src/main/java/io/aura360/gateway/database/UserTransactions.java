package io.aura360.gateway.database;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs user-facing data access in a transaction under the database role {@code authenticated} with the caller's
 * JWT claims in {@code request.jwt.claims}, as Supabase's PostgREST does, so the row-level security policies
 * (V11) admit only the caller's own rows even if a query forgot its {@code user_id} condition. Both settings are
 * transaction-local ({@code set_config(..., true)}), so they end with the transaction and never leak to the next
 * borrower of the pooled connection. {@code aura.actor} names the user in {@code updated_by} and the request
 * history.
 */
@Component
public class UserTransactions {

    static final String USER_ROLE = "authenticated";

    private final JdbcClient jdbc;

    private final TransactionTemplate transaction;

    private final JsonMapper json;

    public UserTransactions(JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
    }

    /**
     * Runs {@code work} as {@code userId} in a new transaction. Refuses to join a transaction already running:
     * switching its role halfway would put the caller's earlier (service) statements and later ones under
     * different rules.
     */
    public <T> T asUser(UUID userId, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a user's transaction must not join one already running");
        }
        return transaction.execute(status -> {
            bind(userId);
            return work.get();
        });
    }

    public void runAsUser(UUID userId, Runnable work) {
        asUser(userId, () -> {
            work.run();
            return null;
        });
    }

    private void bind(UUID userId) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", userId.toString());
        claims.put("role", USER_ROLE);
        claims.put("aud", USER_ROLE);
        jdbc.sql("""
				select set_config('role', :role, true), set_config('request.jwt.claims', :claims, true),
				       set_config('aura.actor', :actor, true)""")
                .param("role", USER_ROLE)
                .param("claims", json.writeValueAsString(claims))
                .param("actor", userId.toString())
                .query()
                .listOfRows();
    }
}
