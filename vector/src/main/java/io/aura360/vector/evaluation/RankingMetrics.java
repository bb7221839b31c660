package io.aura360.vector.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * nDCG@k and recall@k as trec_eval and BEIR compute them: linear gain (the grade itself), log2 discount, the
 * ideal ranking built from every judged document of the query.
 */
public final class RankingMetrics {

    private RankingMetrics() {}

    public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += grades.getOrDefault(ranked.get(i), 0) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream()
                .filter(g -> g > 0)
                .sorted(Comparator.reverseOrder())
                .toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return (idcg == 0) ? 0 : dcg / idcg;
    }

    /** Share of the relevant documents (grade above zero) found in the first {@code k}. */
    public static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        if (relevant == 0) {
            return 0;
        }
        long found = ranked.stream()
                .limit(k)
                .filter(id -> grades.getOrDefault(id, 0) > 0)
                .count();
        return (double) found / relevant;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
