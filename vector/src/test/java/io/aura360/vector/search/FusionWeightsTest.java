package io.aura360.vector.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FusionWeightsTest {

    @Test
    void englishSearchesLeanOnTheEnglishEmbeddingModel() {
        FusionWeights weights = FusionWeights.forLocale("en");

        assertThat(weights.dense()).isGreaterThan(weights.lexical());
    }

    @Test
    void otherLocalesLeanOnTheirLanguageAwareBm25() {
        FusionWeights weights = FusionWeights.forLocale("es");

        assertThat(weights.lexical()).isGreaterThan(weights.dense());
        assertThat(FusionWeights.forLocale("pt")).isEqualTo(weights);
    }

    @Test
    void searchesWithoutALocaleFuseEqually() {
        assertThat(FusionWeights.forLocale(null)).isEqualTo(FusionWeights.EQUAL);
        assertThat(FusionWeights.forLocale(" ")).isEqualTo(FusionWeights.EQUAL);
        assertThat(FusionWeights.EQUAL.inRankingOrder()).containsExactly(1.0, 1.0);
    }
}
