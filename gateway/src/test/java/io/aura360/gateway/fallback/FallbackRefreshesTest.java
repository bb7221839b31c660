package io.aura360.gateway.fallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FallbackRefreshesTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T10:00:00Z"));

    private final FallbackRefreshes refreshes =
            new FallbackRefreshes(((InstantSource) now::get).withZone(ZoneOffset.UTC), Duration.ofSeconds(5));

    @Test
    void theSameChunksAreWrittenOncePerIntervalForASlice() {
        assertThat(refreshes.claim("mind", "en", List.of("a", "b"))).isTrue();
        assertThat(refreshes.claim("mind", "en", List.of("b", "a"))).isFalse();
        assertThat(refreshes.claim("mind", "en", List.of("a"))).isFalse();

        advance(Duration.ofMillis(4_999));
        assertThat(refreshes.claim("mind", "en", List.of("a", "b"))).isFalse();
        advance(Duration.ofMillis(1));
        assertThat(refreshes.claim("mind", "en", List.of("a", "b"))).isTrue();
    }

    @Test
    void aNewChunkIsWrittenAtOnce() {
        refreshes.claim("mind", "en", List.of("a", "b"));

        assertThat(refreshes.claim("mind", "en", List.of("a", "c"))).isTrue();
        assertThat(refreshes.claim("mind", "en", List.of("c"))).isFalse();
    }

    @Test
    void slicesAreIndependent() {
        refreshes.claim("mind", "en", List.of("a"));

        assertThat(refreshes.claim("mind", "es", List.of("a"))).isTrue();
        assertThat(refreshes.claim("body", "en", List.of("a"))).isTrue();
    }

    @Test
    void noEvidenceIsNothingToWrite() {
        assertThat(refreshes.claim("mind", "en", List.of())).isFalse();
    }

    @Test
    void ofConcurrentCallersWithTheSameNewChunksExactlyOneWrites() throws Exception {
        int callers = 16;
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> claim = () -> {
            start.await();
            return refreshes.claim("soul", "en", List.of("x", "y", "z"));
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            List<Future<Boolean>> results = java.util.stream.IntStream.range(0, callers)
                    .mapToObj(i -> pool.submit(claim))
                    .toList();
            start.countDown();
            long writers = 0;
            for (Future<Boolean> result : results) {
                writers += result.get() ? 1 : 0;
            }
            assertThat(writers).isEqualTo(1);
        }
    }

    @Test
    void aNegativeIntervalIsRefused() {
        assertThatThrownBy(() -> new FallbackRefreshes(java.time.Clock.systemUTC(), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void advance(Duration step) {
        now.updateAndGet(at -> at.plus(step));
    }
}
