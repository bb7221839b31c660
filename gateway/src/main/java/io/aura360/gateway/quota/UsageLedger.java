package io.aura360.gateway.quota;

import io.aura360.gateway.database.UserTransactions;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily and monthly advice counters in {@code advice_usage}. A request is counted only when both counters
 * are under their limits, in one transaction with row locks, so racing requests never exceed a quota. A request
 * that then fails because of our infrastructure is given back by the database as it enters FAILED
 * (V16__quota_refund_on_infrastructure_failure.sql).
 */
@Repository
class UsageLedger {

    private final JdbcClient jdbc;

    private final TransactionTemplate transaction;

    private final UserTransactions userTransactions;

    UsageLedger(JdbcClient jdbc, TransactionTemplate transaction, UserTransactions userTransactions) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.userTransactions = userTransactions;
    }

    /** Counts one request, or names the limit ({@code daily}/{@code monthly}) that refused it. */
    Optional<String> tryCount(UUID userId, LocalDate today, QuotaProperties.Allowance allowance) {
        return transaction.execute(status -> {
            if (!increment(userId, "day", today, allowance.daily())) {
                status.setRollbackOnly();
                return Optional.of("daily");
            }
            if (!increment(userId, "month", today.withDayOfMonth(1), allowance.monthly())) {
                status.setRollbackOnly();
                return Optional.of("monthly");
            }
            return Optional.empty();
        });
    }

    /** What the user has used, read as that user (row-level security admits only their counters). */
    int used(UUID userId, String periodKind, LocalDate periodStart) {
        return userTransactions.asUser(
                userId,
                () -> jdbc.sql(
                                "select coalesce(max(used), 0) from advice_usage where user_id = ? and period_kind = ? and period_start = ?")
                        .params(userId, periodKind, periodStart)
                        .query(Integer.class)
                        .single());
    }

    private boolean increment(UUID userId, String periodKind, LocalDate periodStart, int limit) {
        if (limit <= 0) {
            return false;
        }
        return jdbc.sql("""
				insert into advice_usage (user_id, period_kind, period_start, used) values (:user, :kind, :start, 1)
				on conflict (user_id, period_kind, period_start)
				do update set used = advice_usage.used + 1 where advice_usage.used < :limit
				returning used""")
                .param("user", userId)
                .param("kind", periodKind)
                .param("start", periodStart)
                .param("limit", limit)
                .query(Integer.class)
                .optional()
                .isPresent();
    }
}
