package io.aura360.gateway.telemetry;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A reading behind gauges (a database query), kept for {@code timeToLive} so that scrapes, however many scrapers and
 * however often, cost at most one read per period. A read that fails gives {@code unknown}: a scrape must not fail,
 * and no value is better than a wrong one.
 */
public final class CachedReading<T> implements Supplier<T> {

    private final LoadingCache<Boolean, T> latest;

    public CachedReading(Supplier<T> read, T unknown, Duration timeToLive, Ticker ticker) {
        this.latest = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .ticker(ticker)
                .build(key -> readOr(read, unknown));
    }

    @Override
    public T get() {
        return latest.get(true);
    }

    private static <T> T readOr(Supplier<T> read, T unknown) {
        try {
            return read.get();
        } catch (RuntimeException ex) {
            return unknown;
        }
    }
}
