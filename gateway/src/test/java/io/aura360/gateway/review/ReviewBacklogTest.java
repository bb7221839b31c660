package io.aura360.gateway.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.gateway.database.UnreachableDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scrapes must not turn into queue queries: the queue is counted at most once per time-to-live. */
class ReviewBacklogTest {

    private final UnreachableDatabase database = new UnreachableDatabase();

    private final AtomicLong nanos = new AtomicLong();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void bind() {
        new ReviewBacklog(JdbcClient.create(database), Duration.ofSeconds(15), Duration.ofMinutes(10), nanos::get)
                .bindTo(registry);
    }

    @Test
    void aHundredScrapesOfEveryGaugeWithinTheTimeToLiveCostOneQuery() {
        for (int i = 0; i < 100; i++) {
            scrape();
        }

        assertThat(database.connections).hasValue(1);
    }

    @Test
    void countsAgainOnceTheTimeToLiveHasPassed() {
        scrape();

        nanos.addAndGet(Duration.ofSeconds(16).toNanos());
        scrape();

        assertThat(database.connections).hasValue(2);
    }

    @Test
    void reportsNoValueRatherThanAWrongOneWhenTheDatabaseIsDown() {
        assertThat(registry.get("aura.review.open.items")
                        .tag("risk", "high")
                        .gauge()
                        .value())
                .isNaN();
        assertThat(registry.get("aura.review.oldest.open.high").gauge().value()).isNaN();
    }

    @Test
    void publishesTheConfiguredWaitLimitWithoutAQuery() {
        assertThat(registry.get("aura.review.high.wait.limit").gauge().value()).isEqualTo(600);
        assertThat(database.connections).hasValue(0);
    }

    private void scrape() {
        registry.get("aura.review.open.items").tag("risk", "high").gauge().value();
        registry.get("aura.review.open.items").tag("risk", "concern").gauge().value();
        registry.get("aura.review.oldest.open.high").gauge().value();
    }
}
