package io.aura360.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The gateway's user-scoped transactions on one real, reused connection, as a pool hands it out again. */
class UserTransactionsTest {

    private static final UUID ALICE = UUID.randomUUID();

    private static final UUID BOB = UUID.randomUUID();

    private static ReusedConnection connection;

    private static JdbcClient jdbc;

    private static TransactionTemplate transactions;

    private static UserTransactions users;

    @BeforeAll
    static void oneConnection() throws SQLException {
        connection = ReusedConnection.open();
        jdbc = connection.jdbc();
        transactions = connection.transactions();
        users = new UserTransactions(jdbc, transactions, JsonMapper.builder().build());
        for (UUID user : List.of(ALICE, BOB)) {
            jdbc.sql("insert into app_users (auth_user_id) values (?)")
                    .param(user)
                    .update();
            jdbc.sql("insert into user_habits (user_id, habit_type, description) values (?, 'sleep', 'late')")
                    .param(user)
                    .update();
        }
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void aQueryThatForgotItsUserConditionStillGetsOnlyTheCallersRows() {
        List<UUID> owners = users.asUser(
                ALICE,
                () -> jdbc.sql("select user_id from user_habits")
                        .query(UUID.class)
                        .list());

        assertThat(owners).containsExactly(ALICE);
    }

    @Test
    void changesAreRecordedAsTheUsersAndTheSettingsEndWithTheTransaction() {
        users.runAsUser(
                BOB,
                () -> jdbc.sql("update app_users set display_name = 'Bob' where true")
                        .update());
        Map<String, Object> after = jdbc.sql(
                        "select current_user as role, coalesce(current_setting('request.jwt.claims', true), '') as claims")
                .query()
                .singleRow();

        assertThat(jdbc.sql("select auth_user_id::text || ':' || updated_by from app_users where display_name = 'Bob'")
                        .query(String.class)
                        .list())
                .containsExactly(BOB + ":" + BOB);
        assertThat(after.get("role")).isNotIn("authenticated", "anon", "service_role");
        assertThat(after.get("claims")).isEqualTo("");
    }

    @Test
    void refusesToSwitchRoleInsideATransactionAlreadyRunning() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> users.runAsUser(ALICE, () -> {})))
                .isInstanceOf(IllegalStateException.class);
    }
}
