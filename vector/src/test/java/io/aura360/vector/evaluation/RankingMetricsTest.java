package io.aura360.vector.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    private static final Map<String, Integer> GRADES = Map.of("a", 2, "b", 1, "c", 0);

    @Test
    void idealRankingScoresOne() {
        assertThat(RankingMetrics.ndcg(List.of("a", "b", "x"), GRADES, 10)).isCloseTo(1.0, within(1e-9));
        assertThat(RankingMetrics.recall(List.of("a", "b", "x"), GRADES, 10)).isEqualTo(1.0);
    }

    @Test
    void discountsRelevantDocumentsFoundLower() {
        // dcg = 1/log2(2) + 2/log2(3); idcg = 2/log2(2) + 1/log2(3)
        double expected = (1 + 2 / log2(3)) / (2 + 1 / log2(3));
        assertThat(RankingMetrics.ndcg(List.of("b", "a"), GRADES, 10)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void ignoresDocumentsPastTheCutoffAndUnjudgedOnes() {
        List<String> ranked = List.of("x", "y", "a");
        assertThat(RankingMetrics.ndcg(ranked, GRADES, 2)).isZero();
        assertThat(RankingMetrics.recall(ranked, GRADES, 2)).isZero();
        assertThat(RankingMetrics.recall(ranked, GRADES, 3)).isEqualTo(0.5);
    }

    @Test
    void aQueryWithoutRelevantDocumentsScoresZeroRatherThanNaN() {
        assertThat(RankingMetrics.ndcg(List.of("a"), Map.of("a", 0), 10)).isZero();
        assertThat(RankingMetrics.recall(List.of("a"), Map.of(), 10)).isZero();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
