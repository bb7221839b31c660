package io.aura360.gateway.fallback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a completed answer's evidence is worth writing to the fallback store: only when it holds a chunk that
 * was not written to the same category and language within {@code interval}. Fallback evidence has to be recent
 * and varied, not rewritten by every answer: under load, popular questions wrote the same few chunks to their
 * slice many times a second, one of the six database transactions of each advice request.
 */
public final class FallbackRefreshes {

    private final Clock clock;

    private final Duration interval;

    /** Per slice, when each chunk was last written; entries older than the interval are dropped as it is used. */
    private final Map<String, Map<String, Instant>> written = new ConcurrentHashMap<>();

    public FallbackRefreshes(Clock clock, Duration interval) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("the refresh interval must not be negative: " + interval);
        }
        this.clock = clock;
        this.interval = interval;
    }

    /**
     * Whether the evidence should be written, claiming its chunks if so: of concurrent callers with the same new
     * chunks, exactly one is told to write.
     */
    public boolean claim(String category, String locale, Collection<String> sourceIds) {
        Instant now = clock.instant();
        Instant expired = now.minus(interval);
        boolean[] due = {false};
        written.compute(category + '/' + locale, (slice, recent) -> {
            Map<String, Instant> chunks = (recent == null) ? new HashMap<>() : recent;
            chunks.values().removeIf(at -> !at.isAfter(expired));
            due[0] = sourceIds.stream().anyMatch(id -> !chunks.containsKey(id));
            if (due[0]) {
                sourceIds.forEach(id -> chunks.put(id, now));
            }
            return chunks;
        });
        return due[0];
    }
}
