package io.aura360.vector.evaluation;

import io.aura360.vector.ingest.KnowledgeDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** A corpus with labelled queries: what one evaluation run ingests and asks. */
public record LabelledSet(
        String name, List<KnowledgeDocument> corpus, List<EvalQuery> queries, RelevanceJudgements judgements) {

    public LabelledSet {
        corpus = List.copyOf(corpus);
        queries = queries.stream().filter(q -> !judgements.of(q.id()).isEmpty()).toList();
    }

    /** The queries of one part of the frozen {@link EvalSplit}, over the whole corpus. */
    public LabelledSet split(EvalSplit split) {
        return new LabelledSet(
                name,
                corpus,
                queries.stream().filter(q -> split.contains(q.id())).toList(),
                judgements);
    }

    /**
     * A smaller, deterministic version for quick runs: {@code maxQueries} random queries and a corpus of their
     * relevant documents plus up to {@code maxDistractors} others. A smaller corpus makes the task easier, so
     * figures from a sample are compared with each other, never with a full run.
     */
    public LabelledSet sample(int maxQueries, int maxDistractors, long seed) {
        Random random = new Random(seed);
        List<EvalQuery> shuffled = new ArrayList<>(queries);
        Collections.shuffle(shuffled, random);
        List<EvalQuery> chosen = shuffled.subList(0, Math.min(maxQueries, shuffled.size()));
        Set<String> keep = new LinkedHashSet<>();
        chosen.forEach(q -> keep.addAll(judgements.of(q.id()).keySet()));
        List<KnowledgeDocument> others = new ArrayList<>(
                corpus.stream().filter(d -> !keep.contains(d.id())).toList());
        Collections.shuffle(others, random);
        others.stream().limit(maxDistractors).forEach(d -> keep.add(d.id()));
        List<KnowledgeDocument> sampled =
                corpus.stream().filter(d -> keep.contains(d.id())).toList();
        return new LabelledSet(name, sampled, chosen, judgements);
    }
}
