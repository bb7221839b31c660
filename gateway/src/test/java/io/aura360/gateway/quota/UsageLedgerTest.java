package io.aura360.gateway.quota;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.gateway.database.FreshDatabase;
import io.aura360.gateway.database.UserTransactions;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The day and month counters on real PostgreSQL: both count a request, or neither does. */
class UsageLedgerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static final QuotaProperties.Allowance ALLOWANCE = new QuotaProperties.Allowance(3, 10);

    private static FreshDatabase database;

    private static JdbcClient jdbc;

    private static UsageLedger ledger;

    @BeforeAll
    static void migrated() {
        database = FreshDatabase.migrated();
        jdbc = database.jdbc();
        TransactionTemplate transaction = database.transactions();
        ledger = new UsageLedger(
                jdbc,
                transaction,
                new UserTransactions(jdbc, transaction, JsonMapper.builder().build()));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void countsARequestInTheDayAndTheMonth() {
        UUID user = user();

        assertThat(ledger.tryCount(user, TODAY, ALLOWANCE)).isEmpty();
        assertThat(ledger.tryCount(user, TODAY, ALLOWANCE)).isEmpty();

        assertThat(counters(user)).containsExactly("day 2", "month 2");
    }

    @Test
    void aFullDayRefusesAndTheMonthDoesNotCountIt() {
        UUID user = user();
        for (int i = 0; i < ALLOWANCE.daily(); i++) {
            assertThat(ledger.tryCount(user, TODAY, ALLOWANCE)).isEmpty();
        }

        assertThat(ledger.tryCount(user, TODAY, ALLOWANCE)).contains("daily");
        assertThat(counters(user)).containsExactly("day 3", "month 3");
    }

    @Test
    void aFullMonthRefusesAndTheDayDoesNotCountIt() {
        UUID user = user();
        jdbc.sql("insert into advice_usage (user_id, period_kind, period_start, used) values (?, 'month', ?, 10)")
                .params(user, TODAY.withDayOfMonth(1))
                .update();

        assertThat(ledger.tryCount(user, TODAY, ALLOWANCE)).contains("monthly");
        assertThat(counters(user)).containsExactly("month 10");
    }

    @Test
    void aZeroAllowanceRefusesWithoutCounting() {
        UUID user = user();

        assertThat(ledger.tryCount(user, TODAY, new QuotaProperties.Allowance(0, 10)))
                .contains("daily");
        assertThat(ledger.tryCount(user, TODAY, new QuotaProperties.Allowance(3, 0)))
                .contains("monthly");
        assertThat(counters(user)).isEmpty();
    }

    private static UUID user() {
        UUID user = UUID.randomUUID();
        jdbc.sql("insert into app_users (auth_user_id) values (?)").param(user).update();
        return user;
    }

    private static List<String> counters(UUID user) {
        return jdbc.sql("select period_kind || ' ' || used from advice_usage where user_id = ? order by period_kind")
                .param(user)
                .query(String.class)
                .list();
    }
}
