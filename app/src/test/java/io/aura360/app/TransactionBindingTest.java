package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Repositories run their transactions on one connection: JdbcClient joins the TransactionTemplate's. */
class TransactionBindingTest extends FullStackTest {

    @Autowired
    TransactionTemplate transaction;

    @Test
    void statementsInsideATransactionShareItsConnectionAndRollBackTogether() {
        List<Long> backends = transaction.execute(status -> {
            Long first = jdbc.sql("select txid_current()").query(Long.class).single();
            Long second = jdbc.sql("select txid_current()").query(Long.class).single();
            return List.of(first, second);
        });
        assertThat(backends.get(0)).isEqualTo(backends.get(1));
    }
}
