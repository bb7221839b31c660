package io.aura360.gateway.quota;

import io.aura360.gateway.database.UserTransactions;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * Counts one request, or names the limit ({@code daily}/{@code monthly}) that refused it. Both counters move in
     * one statement (a round trip per request less than one per counter), the day's row locked before the
     * month's as before; a refused request rolls both back.
     */
    Optional<String> tryCount(UUID userId, LocalDate today, QuotaProperties.Allowance allowance) {
        if (allowance.daily() <= 0) {
            return Optional.of("daily");
        }
        if (allowance.monthly() <= 0) {
            return Optional.of("monthly");
        }
        return transaction.execute(status -> {
            List<String> counted = incrementBoth(userId, today, allowance);
            Optional<String> refused = !counted.contains("day")
                    ? Optional.of("daily")
                    : !counted.contains("month") ? Optional.of("monthly") : Optional.empty();
            if (refused.isPresent()) {
                status.setRollbackOnly();
            }
            return refused;
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

    /** The period kinds whose counter was under its limit and now counts this request. */
    private List<String> incrementBoth(UUID userId, LocalDate today, QuotaProperties.Allowance allowance) {
        return jdbc.sql("""
				insert into advice_usage (user_id, period_kind, period_start, used)
				values (:user, 'day', :day, 1), (:user, 'month', :month, 1)
				on conflict (user_id, period_kind, period_start)
				do update set used = advice_usage.used + 1
				where advice_usage.used < case excluded.period_kind when 'day' then :daily else :monthly end
				returning period_kind""")
                .param("user", userId)
                .param("day", today)
                .param("month", today.withDayOfMonth(1))
                .param("daily", allowance.daily())
                .param("monthly", allowance.monthly())
                .query(String.class)
                .list();
    }
}
