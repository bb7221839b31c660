package io.aura360.vector.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.aura360.vector.search.AdaptiveFusion.Method;
import io.aura360.vector.search.FusionEvidence.LanguageRelation;
import io.aura360.vector.store.IndexedChunk;
import io.aura360.vector.text.QueryLanguage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdaptiveFusionTest {

    private static final AdaptiveFusion FUSION =
            new AdaptiveFusion(Method.COMB_SUM, AdaptiveFusion.weights(0.7, 0.3, 0.9, 0.5), 0, "en");

    /** Dense prefers a, BM25 prefers b, each by a clear margin. */
    private static final List<IndexedChunk> DENSE = List.of(chunk("a#0", 0.9f), chunk("b#0", 0.5f), chunk("c#0", 0.1f));

    private static final List<IndexedChunk> LEXICAL = List.of(chunk("b#0", 12f), chunk("a#0", 4f), chunk("c#0", 2f));

    @Test
    void theLanguageRelationChoosesWhichRankingLeads() {
        assertThat(top(FUSION, evidence("en", "en", 6))).isEqualTo("a#0");
        assertThat(top(FUSION, evidence("es", "es", 6))).isEqualTo("b#0");
        assertThat(top(FUSION, evidence("es", "en", 6))).isEqualTo("a#0");
    }

    @Test
    void relatesTheQueryLanguageToTheDocumentsAndTheModel() {
        assertThat(evidence("en", "en", 3).relation("en")).isEqualTo(LanguageRelation.MODEL_LANGUAGE);
        assertThat(evidence("es", "es", 3).relation("en")).isEqualTo(LanguageRelation.OTHER_LANGUAGE);
        assertThat(evidence("es", "en", 3).relation("en")).isEqualTo(LanguageRelation.CROSS_LANGUAGE);
        assertThat(evidence(null, "en", 3).relation("en")).isEqualTo(LanguageRelation.UNKNOWN);
        assertThat(evidence("en", null, 3).relation("en")).isEqualTo(LanguageRelation.UNKNOWN);
    }

    @Test
    void shortQueriesShiftTheDenseWeightWithinZeroToOne() {
        AdaptiveFusion shifted = new AdaptiveFusion(Method.RRF, AdaptiveFusion.weights(0.7, 0.3, 0.9, 0.5), 0.2, "en");
        assertThat(shifted.denseWeight(evidence("en", "en", AdaptiveFusion.SHORT_QUERY_WORDS)))
                .isCloseTo(0.9, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(shifted.denseWeight(evidence("en", "en", AdaptiveFusion.SHORT_QUERY_WORDS + 1)))
                .isEqualTo(0.7);
        assertThat(shifted.denseWeight(evidence("es", "en", 1))).isEqualTo(1.0);
    }

    @Test
    void combMnzRewardsAChunkBothRankingsFound() {
        List<IndexedChunk> dense = List.of(chunk("dense-only#0", 1f), chunk("both#0", 0.8f), chunk("x#0", 0f));
        List<IndexedChunk> lexical = List.of(chunk("lexical-only#0", 9f), chunk("both#0", 7f), chunk("y#0", 0f));
        FusionEvidence unknown = evidence(null, null, 5);
        AdaptiveFusion sum = new AdaptiveFusion(Method.COMB_SUM, AdaptiveFusion.weights(0.5, 0.5, 0.5, 0.5), 0, "en");
        AdaptiveFusion mnz = new AdaptiveFusion(Method.COMB_MNZ, AdaptiveFusion.weights(0.5, 0.5, 0.5, 0.5), 0, "en");

        assertThat(sum.fuse(dense, lexical, unknown, 1).get(0).sourceId()).isEqualTo("both#0");
        assertThat(mnz.fuse(dense, lexical, unknown, 5).get(0).sourceId()).isEqualTo("both#0");
        assertThat(mnz.fuse(dense, lexical, unknown, 5).get(0).score()).isEqualTo(1f);
    }

    @Test
    void fusedScoresReadAsZeroToOneAndTheLimitHolds() {
        for (Method method : Method.values()) {
            List<IndexedChunk> fused = new AdaptiveFusion(method, AdaptiveFusion.weights(0.7, 0.3, 0.9, 0.5), 0, "en")
                    .fuse(DENSE, LEXICAL, evidence("en", "en", 6), 2);
            assertThat(fused).hasSize(2);
            assertThat(fused.get(0).score()).isEqualTo(1f);
            assertThat(fused).allSatisfy(c -> assertThat(c.score()).isBetween(0f, 1f));
        }
    }

    @Test
    void oneEmptyRankingLeavesTheOther() {
        assertThat(FUSION.fuse(DENSE, List.of(), evidence("en", "en", 5), 10))
                .extracting(IndexedChunk::sourceId)
                .containsExactly("a#0", "b#0", "c#0");
        assertThat(FUSION.fuse(List.of(), List.of(), evidence("en", "en", 5), 10))
                .isEmpty();
    }

    @Test
    void needsAWeightForEveryRelation() {
        Map<LanguageRelation, Double> partial = new EnumMap<>(LanguageRelation.class);
        partial.put(LanguageRelation.MODEL_LANGUAGE, 0.5);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AdaptiveFusion(Method.RRF, partial, 0, "en"))
                .withMessageContaining("every language relation");
    }

    @Test
    void detectsTheQueryLanguageFromItsTextNotFromTheLocale() {
        assertThat(FusionEvidence.of("¿Cuántos puntos dejaron escapar en defensa los Panthers?", "en")
                        .relation("en"))
                .isEqualTo(LanguageRelation.CROSS_LANGUAGE);
        assertThat(FusionEvidence.of("How many points did the Panthers defense surrender?", "en")
                        .relation("en"))
                .isEqualTo(LanguageRelation.MODEL_LANGUAGE);
        assertThat(QueryLanguage.of("cuido de mi madre con alzhéimer y ya no puedo más"))
                .contains("es");
        assertThat(FusionEvidence.of("how do I sleep better", null).queryWords())
                .isEqualTo(5);
    }

    private static String top(AdaptiveFusion fusion, FusionEvidence evidence) {
        return fusion.fuse(DENSE, LEXICAL, evidence, 3).get(0).sourceId();
    }

    private static FusionEvidence evidence(String query, String collection, int words) {
        return new FusionEvidence(Optional.ofNullable(query), collection, words);
    }

    private static IndexedChunk chunk(String sourceId, float score) {
        return new IndexedChunk(sourceId, sourceId.substring(0, sourceId.indexOf('#')), null, null, "text", score);
    }
}
