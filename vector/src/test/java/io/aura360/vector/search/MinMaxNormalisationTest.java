package io.aura360.vector.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.vector.store.IndexedChunk;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinMaxNormalisationTest {

    @Test
    void mapsTheBestScoreToOneTheWorstToZeroAndKeepsTheOrder() {
        List<IndexedChunk> normalised =
                MinMaxNormalisation.normalise(List.of(hit("a", 12f), hit("b", 7f), hit("c", 2f)));

        assertThat(normalised).extracting(IndexedChunk::score).containsExactly(1f, 0.5f, 0f);
        assertThat(normalised).extracting(IndexedChunk::sourceId).containsExactly("a", "b", "c");
    }

    @Test
    void scoresASingleHitOrEqualScoresOne() {
        assertThat(MinMaxNormalisation.normalise(List.of(hit("a", 0.3f))))
                .extracting(IndexedChunk::score)
                .containsExactly(1f);
        assertThat(MinMaxNormalisation.normalise(List.of(hit("a", 4f), hit("b", 4f))))
                .extracting(IndexedChunk::score)
                .containsExactly(1f, 1f);
        assertThat(MinMaxNormalisation.normalise(List.of())).isEmpty();
    }

    private static IndexedChunk hit(String id, float score) {
        return new IndexedChunk(id, id, null, id, id, score);
    }
}
