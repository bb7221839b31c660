package io.aura360.gateway.review;

import com.github.benmanes.caffeine.cache.Ticker;
import io.aura360.gateway.telemetry.CachedReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review queue as gauges: {@code aura.review.open.items{risk}}, {@code aura.review.oldest.open.high} (age in
 * seconds of the oldest open high item, 0 when none) and {@code aura.review.high.wait.limit} (how long a high item
 * may wait, from {@code aura.review.high-wait-limit}: the alert rule compares the two, so the limit is configured
 * in one place). The counts come from one query whose answer is kept for {@code timeToLive}, so scrapes cost at
 * most one query per period.
 */
final class ReviewBacklog implements MeterBinder {

    private static final String QUERY = """
            select risk, count(*) as open, coalesce(extract(epoch from now() - min(created_at)), 0) as oldest
            from review_items where state = 'open' group by risk""";

    private final Duration highWaitLimit;

    private final CachedReading<Backlog> latest;

    ReviewBacklog(JdbcClient jdbc, Duration timeToLive, Duration highWaitLimit, Ticker ticker) {
        this.highWaitLimit = highWaitLimit;
        this.latest = new CachedReading<>(() -> read(jdbc), Backlog.UNKNOWN, timeToLive, ticker);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ReviewRisk risk : ReviewRisk.values()) {
            Gauge.builder("aura.review.open.items", () -> latest.get().open(risk))
                    .description("Review items waiting for a reviewer")
                    .tag("risk", risk.wire())
                    .register(registry);
        }
        Gauge.builder("aura.review.oldest.open.high", () -> latest.get().oldestHighSeconds())
                .description("Age of the oldest high-risk review item waiting for a reviewer")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("aura.review.high.wait.limit", highWaitLimit::toSeconds)
                .description("How long a high-risk review item may wait before it alerts")
                .baseUnit("seconds")
                .register(registry);
    }

    private static Backlog read(JdbcClient jdbc) {
        Map<ReviewRisk, Waiting> waiting = new EnumMap<>(ReviewRisk.class);
        jdbc.sql(QUERY)
                .query((rs, n) -> new Waiting(rs.getString("risk"), rs.getDouble("open"), rs.getDouble("oldest")))
                .list()
                .forEach(row -> ReviewRisk.parse(row.risk()).ifPresent(risk -> waiting.put(risk, row)));
        return new Backlog(waiting);
    }

    private record Waiting(String risk, double open, double oldestSeconds) {

        static final Waiting NONE = new Waiting("", 0, 0);
    }

    /** The open items by risk; a risk without a row has none open. {@code null}: unknown (NaN gauges). */
    private record Backlog(Map<ReviewRisk, Waiting> waiting) {

        static final Backlog UNKNOWN = new Backlog(null);

        double open(ReviewRisk risk) {
            return (waiting == null)
                    ? Double.NaN
                    : waiting.getOrDefault(risk, Waiting.NONE).open();
        }

        double oldestHighSeconds() {
            return (waiting == null)
                    ? Double.NaN
                    : waiting.getOrDefault(ReviewRisk.HIGH, Waiting.NONE).oldestSeconds();
        }
    }
}
