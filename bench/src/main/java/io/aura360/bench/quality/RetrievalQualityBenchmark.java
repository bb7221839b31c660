package io.aura360.bench.quality;

import io.aura360.bench.report.KeyValueReport;
import io.aura360.contracts.vector.SearchMode;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.evaluation.EvalQuery;
import io.aura360.vector.evaluation.EvalSplit;
import io.aura360.vector.evaluation.KnowledgeEvalSet;
import io.aura360.vector.evaluation.LabelledSet;
import io.aura360.vector.evaluation.QueryScore;
import io.aura360.vector.evaluation.RetrievalEvaluation;
import io.aura360.vector.evaluation.ScoreSummary;
import io.aura360.vector.search.AdaptiveFusion;
import io.aura360.vector.search.FusionWeights;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * nDCG@10 and recall@10 of BM25, dense and hybrid search on our labelled set ({@code knowledge/eval}) and on the
 * external BEIR sets. The baseline of each set is its better single mode, measured in the same run; {@code hybrid_vs_best_single}
 * is the ratio of hybrid to it.
 */
@Command(
        name = "retrieval-quality",
        mixinStandardHelpOptions = true,
        description = "nDCG@10 and recall@10 of BM25, dense and hybrid search on knowledge/eval and the external"
                + " BEIR sets.")
public final class RetrievalQualityBenchmark implements Callable<Integer> {

    /** Chunks of the exact nearest-neighbour ranking, as many as the evaluation's searches fetch. */
    private static final int EXACT_DEPTH = 50;

    private EmbeddingProvider embeddings;

    private final List<String> table = new ArrayList<>();

    @Option(
            names = "--quick",
            description = "sample 150 queries of each external set over their relevant documents plus 800 others")
    private boolean quick;

    @Option(names = "--knowledge", paramLabel = "DIR", defaultValue = "knowledge", description = "knowledge base")
    private Path knowledge;

    @Option(
            names = "--external",
            paramLabel = "DIR",
            defaultValue = "../shared/eval",
            description = "external BEIR sets (absent = skipped); default: ${DEFAULT-VALUE}")
    private Path external;

    @Option(
            names = "--sets",
            paramLabel = "SET",
            split = ",",
            description = "run only the named sets (knowledge, medquad-dev, xquad-dev-en, ...); default: all")
    private List<String> sets = List.of();

    @Option(
            names = "--split",
            defaultValue = "all",
            description = "all (default), dev or test: the frozen half of each set's queries (EvalSplit)")
    private String split;

    @Override
    public Integer call() throws IOException {
        embeddings = new BgeSmallEmbeddingProvider();
        run(new BenchOptions(quick, knowledge, external, Set.copyOf(sets)));
        return 0;
    }

    private void run(BenchOptions options) throws IOException {
        KeyValueReport.print("retrieval_quality.mode", options.quick() ? "quick" : "full");
        KeyValueReport.print("retrieval_quality.embedding_model", embeddings.modelId());
        EvalSplit part = EvalSplit.parse(split);
        KeyValueReport.print("retrieval_quality.split", part.name().toLowerCase(Locale.ROOT));
        for (LabelledSet set : LabelledSets.load(options, part)) {
            evaluate(set, set.name().equals(KnowledgeEvalSet.NAME));
        }
        System.out.println();
        System.out.println(String.format(
                Locale.ROOT, "%-22s %-11s %7s %9s %9s", "set", "mode", "queries", "nDCG@10", "recall@10"));
        table.forEach(System.out::println);
    }

    private void evaluate(LabelledSet set, boolean perLanguage) throws IOException {
        try (ScratchEvaluation scratch = ScratchEvaluation.ingest(set, embeddings)) {
            RetrievalEvaluation evaluation = scratch.evaluation();
            String prefix = "retrieval_quality." + set.name();
            KeyValueReport.print(prefix + ".corpus_docs", set.corpus().size());
            KeyValueReport.print(prefix + ".chunks", evaluation.chunks());
            KeyValueReport.print(prefix + ".ingest_seconds", scratch.ingestNanos() / 1e9);
            double bestSingle = 0;
            double hybrid = 0;
            double dense = 0;
            for (SearchMode mode : List.of(SearchMode.BM25, SearchMode.DENSE, SearchMode.HYBRID)) {
                List<QueryScore> scores = evaluation.run(mode);
                ScoreSummary all = ScoreSummary.of(scores);
                report(set.name(), mode.name(), "", all);
                if (perLanguage) {
                    report(set.name(), mode.name(), ".en", ScoreSummary.of(scores, s -> isSameLanguage(s, "en")));
                    report(set.name(), mode.name(), ".es", ScoreSummary.of(scores, s -> isSameLanguage(s, "es")));
                    report(
                            set.name(),
                            mode.name(),
                            ".cross",
                            ScoreSummary.of(scores, s -> s.query().crossLingual()));
                }
                if (mode == SearchMode.HYBRID) {
                    hybrid = all.ndcg();
                } else {
                    bestSingle = Math.max(bestSingle, all.ndcg());
                }
                if (mode == SearchMode.DENSE) {
                    dense = all.ndcg();
                }
            }
            ScoreSummary exact = ScoreSummary.of(evaluation.set().queries().stream()
                    .map(q -> evaluation.scoreChunks(
                            q, evaluation.candidates(q, EXACT_DEPTH).exactDense()))
                    .toList());
            report(set.name(), "exact_dense", "", exact);
            KeyValueReport.print(prefix + ".hnsw_loss_vs_exact", exact.ndcg() - dense);
            latency(evaluation, prefix);
            KeyValueReport.print(prefix + ".hybrid_vs_best_single", (bestSingle == 0) ? 0 : hybrid / bestSingle);
            KeyValueReport.print(prefix + ".hybrid_minus_best_single", hybrid - bestSingle);
        }
    }

    /**
     * Hybrid search p50 with the adaptive fusion against the per-locale fusion it replaced, measured in the same
     * run, query by query alternately (so machine load hits both alike) after one warm-up pass.
     */
    private static void latency(RetrievalEvaluation evaluation, String prefix) {
        List<EvalQuery> queries = evaluation.set().queries();
        queries.forEach(q -> evaluation.hybridNanos(q, AdaptiveFusion.DEFAULT));
        long[] adaptive = new long[queries.size()];
        long[] byLocale = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            byLocale[i] = evaluation.hybridNanos(queries.get(i), FusionWeights.BY_LOCALE);
            adaptive[i] = evaluation.hybridNanos(queries.get(i), AdaptiveFusion.DEFAULT);
        }
        double adaptiveP50 = median(adaptive) / 1e6;
        double baselineP50 = median(byLocale) / 1e6;
        KeyValueReport.print(prefix + ".hybrid_p50_ms", adaptiveP50);
        KeyValueReport.print(prefix + ".baseline_per_locale_fusion_p50_ms", baselineP50);
        KeyValueReport.print(prefix + ".hybrid_p50_vs_baseline", adaptiveP50 / baselineP50);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static boolean isSameLanguage(QueryScore score, String language) {
        return language.equals(score.query().language()) && !score.query().crossLingual();
    }

    private void report(String set, String mode, String group, ScoreSummary summary) {
        String prefix = "retrieval_quality." + set + group + "." + mode.toLowerCase(Locale.ROOT);
        KeyValueReport.print(prefix + ".queries", summary.queries());
        KeyValueReport.print(prefix + ".ndcg_at_10", summary.ndcg());
        KeyValueReport.print(prefix + ".recall_at_10", summary.recall());
        table.add(String.format(
                Locale.ROOT,
                "%-22s %-11s %7d %9.4f %9.4f",
                set + group,
                mode.toLowerCase(Locale.ROOT),
                summary.queries(),
                summary.ndcg(),
                summary.recall()));
    }
}
