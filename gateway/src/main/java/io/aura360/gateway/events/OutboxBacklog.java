package io.aura360.gateway.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox backlog as gauges, read from the table at each scrape: {@code aura.outbox.pending} (events not yet
 * published nor dead-lettered) and {@code aura.outbox.lag} (age of the oldest of them in seconds, 0 when none).
 * A growing lag means the relay cannot deliver (the broker is down) or cannot keep up.
 */
final class OutboxBacklog implements MeterBinder {

    private static final String WAITING = "from outbox_events where published_at is null and dead_lettered_at is null";

    private final JdbcClient jdbc;

    OutboxBacklog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("aura.outbox.pending", () -> read("select count(*) " + WAITING))
                .description("Outbox events waiting to be published")
                .register(registry);
        Gauge.builder(
                        "aura.outbox.lag",
                        () -> read("select coalesce(extract(epoch from now() - min(created_at)), 0) " + WAITING))
                .description("Age of the oldest outbox event waiting to be published")
                .baseUnit("seconds")
                .register(registry);
    }

    /** NaN when the database cannot be read: a scrape must not fail, and no value is better than a wrong one. */
    private double read(String sql) {
        try {
            return jdbc.sql(sql).query(Double.class).single();
        } catch (RuntimeException ex) {
            return Double.NaN;
        }
    }
}
