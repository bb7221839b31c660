package io.aura360.gateway.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.gateway.database.UnreachableDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scrapes must not turn into outbox queries: the backlog is read at most once per time-to-live. */
class OutboxBacklogTest {

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
