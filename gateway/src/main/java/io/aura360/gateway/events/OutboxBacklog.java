package io.aura360.gateway.events;

import com.github.benmanes.caffeine.cache.Ticker;
import io.aura360.gateway.telemetry.CachedReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox backlog as gauges: {@code aura.outbox.pending} (events not yet published nor dead-lettered) and
 * {@code aura.outbox.lag} (age of the oldest of them in seconds, 0 when none). A growing lag means the relay
 * cannot deliver (the broker is down) or cannot keep up. Both come from one query whose answer is kept for
 * {@code timeToLive}, so scrapes (however many scrapers, however often) cost at most one query per period.
 */
final class OutboxBacklog implements MeterBinder {

    private static final String QUERY = """
            select count(*) as pending, coalesce(extract(epoch from now() - min(created_at)), 0) as lag
            from outbox_events where published_at is null and dead_lettered_at is null""";

    /** When the database cannot be read. */
    private static final Backlog UNKNOWN = new Backlog(Double.NaN, Double.NaN);

    private final CachedReading<Backlog> latest;

    OutboxBacklog(JdbcClient jdbc, Duration timeToLive, Ticker ticker) {
        this.latest = new CachedReading<>(
                () -> jdbc.sql(QUERY)
                        .query((rs, row) -> new Backlog(rs.getDouble("pending"), rs.getDouble("lag")))
                        .single(),
                UNKNOWN,
                timeToLive,
                ticker);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("aura.outbox.pending", () -> latest.get().pending())
                .description("Outbox events waiting to be published")
                .register(registry);
        Gauge.builder("aura.outbox.lag", () -> latest.get().lagSeconds())
                .description("Age of the oldest outbox event waiting to be published")
                .baseUnit("seconds")
                .register(registry);
    }

    private record Backlog(double pending, double lagSeconds) {}
}
