package io.aura360.vector.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aura360.vector.store.IndexedChunk;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

    @Test
    void scoresAChunkFirstInEveryRankingAsOne() {
        List<IndexedChunk> fused =
                ReciprocalRankFusion.fuse(List.of(ranking("a#0", "b#0", "c#0"), ranking("a#0", "c#0", "b#0")), 10);

        assertThat(fused.get(0).sourceId()).isEqualTo("a#0");
        assertThat(fused.get(0).score()).isEqualTo(1.0f);
        assertThat(fused)
                .extracting(IndexedChunk::score)
                .allSatisfy(score -> assertThat(score).isBetween(0f, 1f));
    }

    @Test
    void ranksAChunkFoundByBothRankingsAboveOneFoundByOnlyOne() {
        List<IndexedChunk> fused = ReciprocalRankFusion.fuse(
                List.of(ranking("dense-only#0", "both#0"), ranking("lexical-only#0", "both#0")), 10);

        assertThat(fused)
                .extracting(IndexedChunk::sourceId)
                .containsExactly("both#0", "dense-only#0", "lexical-only#0");
    }

    @Test
    void fusesRanksNotRawScores() {
        List<IndexedChunk> dense = List.of(chunk("a#0", 0.9f), chunk("b#0", 0.1f));
        List<IndexedChunk> lexical = List.of(chunk("b#0", 1000f), chunk("a#0", 999f));

        List<IndexedChunk> fused = ReciprocalRankFusion.fuse(List.of(dense, lexical), 10);

        assertThat(fused)
                .extracting(IndexedChunk::score)
                .containsExactly(fused.get(0).score(), fused.get(0).score());
        assertThat(fused.get(0).score()).isCloseTo((1f / 61 + 1f / 62) / (2f / 61), within(1e-6f));
    }

    @Test
    void normalisesByTheNumberOfRankings() {
        List<IndexedChunk> fused = ReciprocalRankFusion.fuse(List.of(ranking("a#0"), List.of()), 10);

        assertThat(fused).singleElement().satisfies(c -> assertThat(c.score()).isCloseTo(0.5f, within(1e-6f)));
    }

    @Test
    void breaksTiesBySourceIdWhateverTheInputOrder() {
        List<IndexedChunk> oneWay =
                ReciprocalRankFusion.fuse(List.of(ranking("b#0", "a#0"), ranking("a#0", "b#0")), 10);
        List<IndexedChunk> otherWay =
                ReciprocalRankFusion.fuse(List.of(ranking("a#0", "b#0"), ranking("b#0", "a#0")), 10);
        List<IndexedChunk> separate = ReciprocalRankFusion.fuse(List.of(ranking("b#0"), ranking("a#0")), 10);

        assertThat(oneWay).extracting(IndexedChunk::sourceId).containsExactly("a#0", "b#0");
        assertThat(otherWay).extracting(IndexedChunk::sourceId).containsExactly("a#0", "b#0");
        assertThat(separate).extracting(IndexedChunk::sourceId).containsExactly("a#0", "b#0");
        assertThat(oneWay.get(0).score()).isEqualTo(oneWay.get(1).score());
    }

    @Test
    void returnsAtMostTheLimitBestFirst() {
        List<IndexedChunk> fused = ReciprocalRankFusion.fuse(
                List.of(ranking("a#0", "b#0", "c#0", "d#0", "e#0"), ranking("c#0", "b#0", "e#0")), 2);

        // c: 1/63 + 1/61 beats b: 1/62 + 1/62 by a hair; a and d, e trail.
        assertThat(fused).extracting(IndexedChunk::sourceId).containsExactly("c#0", "b#0");
    }

    @Test
    void keepsThePayloadOfEachChunk() {
        IndexedChunk original =
                new IndexedChunk("salt#1", "salt", "https://example.org/salt", "Salt", "Eat less salt.", 12.5f);

        IndexedChunk fused =
                ReciprocalRankFusion.fuse(List.of(List.of(original)), 1).get(0);

        assertThat(fused).usingRecursiveComparison().ignoringFields("score").isEqualTo(original);
        assertThat(fused.score()).isEqualTo(1.0f);
    }

    @Test
    void fusesNothingToNothing() {
        assertThat(ReciprocalRankFusion.fuse(List.of(List.of(), List.of()), 5)).isEmpty();
    }

    @Test
    void aHeavierRankingWinsWhenTheTwoDisagree() {
        List<List<IndexedChunk>> rankings =
                List.of(ranking("dense-first#0", "lexical-first#0"), ranking("lexical-first#0", "dense-first#0"));

        assertThat(ReciprocalRankFusion.fuse(rankings, List.of(3.0, 1.0), 5, 10))
                .extracting(IndexedChunk::sourceId)
                .containsExactly("dense-first#0", "lexical-first#0");
        assertThat(ReciprocalRankFusion.fuse(rankings, List.of(1.0, 3.0), 5, 10))
                .extracting(IndexedChunk::sourceId)
                .containsExactly("lexical-first#0", "dense-first#0");
    }

    @Test
    void normalisesWeightedScoresByTheSumOfTheWeights() {
        List<IndexedChunk> fused =
                ReciprocalRankFusion.fuse(List.of(ranking("a#0"), ranking("a#0", "b#0")), List.of(3.0, 1.0), 5, 10);

        assertThat(fused.get(0).score()).isEqualTo(1.0f);
        assertThat(fused.get(1).score()).isCloseTo((1f / 7) / (4f / 6), within(1e-6f));
    }

    @Test
    void refusesWeightsThatDoNotMatchTheRankings() {
        assertThatThrownBy(() -> ReciprocalRankFusion.fuse(List.of(ranking("a#0")), List.of(1.0, 1.0), 5, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<IndexedChunk> ranking(String... sourceIds) {
        return Arrays.stream(sourceIds).map(id -> chunk(id, 1f)).toList();
    }

    private static IndexedChunk chunk(String sourceId, float score) {
        return new IndexedChunk(sourceId, sourceId.substring(0, sourceId.indexOf('#')), null, null, "text", score);
    }
}
