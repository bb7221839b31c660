package io.aura360.gateway.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.gateway.database.FreshDatabase;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The fallback slice on real PostgreSQL: refreshed by each good answer, capped at its newest and best chunks. */
class JdbcFallbackEvidenceTest {

    @Test
    void keepsTheNewestChunksFirstAndCapsTheSlice() {
        try (FreshDatabase database = FreshDatabase.migrated()) {
            JdbcFallbackEvidence fallback = new JdbcFallbackEvidence(database.jdbc());
            fallback.remember("mind", "en", hits("old", 25, 0.5));
            fallback.remember("mind", "en", hits("new", 10, 0.9));

            List<EvidenceHit> kept = fallback.recent("mind", "en", 100);

            assertThat(kept).hasSize(JdbcFallbackEvidence.KEEP_PER_SLICE);
            assertThat(kept.subList(0, 10))
                    .allSatisfy(hit -> assertThat(hit.sourceId()).startsWith("new"));
            assertThat(kept.subList(10, 30))
                    .allSatisfy(hit -> assertThat(hit.sourceId()).startsWith("old"));
            assertThat(fallback.recent("mind", "es", 100)).isEmpty();
        }
    }

    @Test
    void refreshesAChunkSeenAgainWithItsLatestTextAndScore() {
        try (FreshDatabase database = FreshDatabase.migrated()) {
            JdbcFallbackEvidence fallback = new JdbcFallbackEvidence(database.jdbc());
            fallback.remember("body", "es", hits("a", 3, 0.4));
            EvidenceHit again = new EvidenceHit("a1", "doc-a1", "https://example.org/a1", "Newer text.", 0.95);

            fallback.remember("body", "es", List.of(again));

            List<EvidenceHit> kept = fallback.recent("body", "es", 10);
            assertThat(kept).hasSize(3).first().isEqualTo(again);
        }
    }

    @Test
    void keepsOnlyTheBestOfAnOversizedBatch() {
        try (FreshDatabase database = FreshDatabase.migrated()) {
            JdbcFallbackEvidence fallback = new JdbcFallbackEvidence(database.jdbc());
            List<EvidenceHit> many = IntStream.range(0, 40)
                    .mapToObj(
                            i -> new EvidenceHit("s" + i, "d" + i, "https://example.org/" + i, "Chunk " + i, i / 100.0))
                    .toList();

            fallback.remember("soul", "en", many);

            List<EvidenceHit> kept = fallback.recent("soul", "en", 100);
            assertThat(kept).hasSize(JdbcFallbackEvidence.KEEP_PER_SLICE);
            assertThat(kept.getFirst().sourceId()).isEqualTo("s39");
            assertThat(kept.getLast().sourceId()).isEqualTo("s10");
        }
    }

    @Test
    void aRefreshHereShowsAtOnceEvenAfterTheSliceWasRead() {
        try (FreshDatabase database = FreshDatabase.migrated()) {
            JdbcFallbackEvidence fallback = new JdbcFallbackEvidence(database.jdbc());
            assertThat(fallback.recent("mind", "es", 10)).isEmpty();

            fallback.remember("mind", "es", hits("n", 2, 0.7));

            assertThat(fallback.recent("mind", "es", 10)).hasSize(2);
        }
    }

    @Test
    void anotherInstancesRefreshShowsOnceTheKeptReadHasExpired() {
        try (FreshDatabase database = FreshDatabase.migrated()) {
            AtomicLong nanos = new AtomicLong();
            JdbcFallbackEvidence here = new JdbcFallbackEvidence(database.jdbc(), nanos::get);
            JdbcFallbackEvidence elsewhere = new JdbcFallbackEvidence(database.jdbc());
            assertThat(here.recent("soul", "es", 10)).isEmpty();

            elsewhere.remember("soul", "es", hits("x", 3, 0.6));

            assertThat(here.recent("soul", "es", 10))
                    .as("kept within its time to live")
                    .isEmpty();
            nanos.addAndGet(JdbcFallbackEvidence.READ_TTL.plusMillis(1).toNanos());
            assertThat(here.recent("soul", "es", 10)).hasSize(3);
        }
    }

    private static List<EvidenceHit> hits(String prefix, int count, double score) {
        return IntStream.range(0, count)
                .mapToObj(i -> new EvidenceHit(
                        prefix + i, "doc-" + prefix + i, "https://example.org/" + prefix + i, "Chunk " + i, score))
                .toList();
    }
}
