package io.aura360.vector.evaluation;

import java.util.List;
import java.util.function.Predicate;

/** Mean nDCG@10 and recall@10 over a group of queries. */
public record ScoreSummary(int queries, double ndcg, double recall) {

    public static ScoreSummary of(List<QueryScore> scores) {
        return of(scores, s -> true);
    }

    public static ScoreSummary of(List<QueryScore> scores, Predicate<QueryScore> group) {
        List<QueryScore> selected = scores.stream().filter(group).toList();
        return new ScoreSummary(
                selected.size(),
                selected.stream().mapToDouble(QueryScore::ndcg).average().orElse(0),
                selected.stream().mapToDouble(QueryScore::recall).average().orElse(0));
    }
}
