package io.aura360.gateway.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.AbstractDataSource;

/** Scrapes must not turn into outbox queries: the backlog is read at most once per time-to-live. */
class OutboxBacklogTest {

    /** Counts the connections asked for (one per query) and answers none: the database is unreachable. */
    private static final class UnreachableDatabase extends AbstractDataSource {

        final AtomicInteger connections = new AtomicInteger();

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            throw new SQLException("connection refused", "08001");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    }

    private final UnreachableDatabase database = new UnreachableDatabase();

    private final AtomicLong nanos = new AtomicLong();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void aHundredScrapesWithinTheTimeToLiveCostOneQuery() {
        new OutboxBacklog(JdbcClient.create(database), Duration.ofSeconds(15), nanos::get).bindTo(registry);

        for (int i = 0; i < 100; i++) {
            scrape();
        }

        assertThat(database.connections).hasValue(1);
    }

    @Test
    void readsAgainOnceTheTimeToLiveHasPassed() {
        new OutboxBacklog(JdbcClient.create(database), Duration.ofSeconds(15), nanos::get).bindTo(registry);
        scrape();

        nanos.addAndGet(Duration.ofSeconds(16).toNanos());
        scrape();

        assertThat(database.connections).hasValue(2);
    }

    @Test
    void reportsNoValueRatherThanAWrongOneWhenTheDatabaseIsDown() {
        new OutboxBacklog(JdbcClient.create(database), Duration.ofSeconds(15), nanos::get).bindTo(registry);

        assertThat(registry.get("aura.outbox.pending").gauge().value()).isNaN();
        assertThat(registry.get("aura.outbox.lag").gauge().value()).isNaN();
    }

    private void scrape() {
        registry.get("aura.outbox.pending").gauge().value();
        registry.get("aura.outbox.lag").gauge().value();
    }
}
