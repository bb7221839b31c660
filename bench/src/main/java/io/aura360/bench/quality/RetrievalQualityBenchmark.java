package io.aura360.bench.quality;

import io.aura360.bench.report.KeyValueReport;
import io.aura360.contracts.vector.SearchMode;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.evaluation.BeirFiles;
import io.aura360.vector.evaluation.KnowledgeEvalSet;
import io.aura360.vector.evaluation.LabelledSet;
import io.aura360.vector.evaluation.QueryScore;
import io.aura360.vector.evaluation.RetrievalEvaluation;
import io.aura360.vector.evaluation.ScoreSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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

    private static final long SEED = 42;

    private static final List<ExternalSet> EXTERNAL = List.of(
            new ExternalSet("medquad-dev", "en", "en"),
            new ExternalSet("xquad-dev-en", "en", "en"),
            new ExternalSet("xquad-dev-es", "es", "es"),
            new ExternalSet("xquad-dev-es-en", "en", "es"));

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

    @Override
    public Integer call() throws IOException {
        embeddings = new BgeSmallEmbeddingProvider();
        run(new BenchOptions(quick, knowledge, external, Set.copyOf(sets)));
        return 0;
    }

    private void run(BenchOptions options) throws IOException {
        KeyValueReport.print("retrieval_quality.mode", options.quick() ? "quick" : "full");
        KeyValueReport.print("retrieval_quality.embedding_model", embeddings.modelId());
        if (options.includes(KnowledgeEvalSet.NAME)) {
            evaluate(KnowledgeEvalSet.load(options.knowledge()), true);
        }
        if (!Files.isDirectory(options.external())) {
            System.err.println("retrieval-quality: no external sets at " + options.external() + ", skipped");
        } else {
            for (ExternalSet external : EXTERNAL) {
                Path dir = options.external().resolve(external.name());
                if (!options.includes(external.name())) {
                    continue;
                }
                if (!Files.isDirectory(dir)) {
                    System.err.println("retrieval-quality: " + dir + " is missing, skipped");
                    continue;
                }
                LabelledSet set =
                        BeirFiles.read(dir, external.name(), external.corpusLocale(), external.queryLanguage());
                evaluate(
                        options.quick() ? set.sample(options.sampleQueries(), options.sampleDistractors(), SEED) : set,
                        false);
            }
        }
        System.out.println();
        System.out.println(
                String.format(Locale.ROOT, "%-22s %-8s %7s %9s %9s", "set", "mode", "queries", "nDCG@10", "recall@10"));
        table.forEach(System.out::println);
    }

    private void evaluate(LabelledSet set, boolean perLanguage) throws IOException {
        Path indexDir = Files.createTempDirectory("aura360-quality-");
        long start = System.nanoTime();
        try (RetrievalEvaluation evaluation = RetrievalEvaluation.ingest(set, embeddings, indexDir)) {
            String prefix = "retrieval_quality." + set.name();
            KeyValueReport.print(prefix + ".corpus_docs", set.corpus().size());
            KeyValueReport.print(prefix + ".chunks", evaluation.chunks());
            KeyValueReport.print(prefix + ".ingest_seconds", (System.nanoTime() - start) / 1e9);
            double bestSingle = 0;
            double hybrid = 0;
            for (SearchMode mode : List.of(SearchMode.BM25, SearchMode.DENSE, SearchMode.HYBRID)) {
                List<QueryScore> scores = evaluation.run(mode);
                ScoreSummary all = ScoreSummary.of(scores);
                report(set.name(), mode, "", all);
                if (perLanguage) {
                    report(set.name(), mode, ".en", ScoreSummary.of(scores, s -> isSameLanguage(s, "en")));
                    report(set.name(), mode, ".es", ScoreSummary.of(scores, s -> isSameLanguage(s, "es")));
                    report(
                            set.name(),
                            mode,
                            ".cross",
                            ScoreSummary.of(scores, s -> s.query().crossLingual()));
                }
                if (mode == SearchMode.HYBRID) {
                    hybrid = all.ndcg();
                } else {
                    bestSingle = Math.max(bestSingle, all.ndcg());
                }
            }
            KeyValueReport.print(prefix + ".hybrid_vs_best_single", (bestSingle == 0) ? 0 : hybrid / bestSingle);
        } finally {
            deleteRecursively(indexDir);
        }
    }

    private static boolean isSameLanguage(QueryScore score, String language) {
        return language.equals(score.query().language()) && !score.query().crossLingual();
    }

    private void report(String set, SearchMode mode, String group, ScoreSummary summary) {
        String prefix = "retrieval_quality." + set + group + "." + mode.name().toLowerCase(Locale.ROOT);
        KeyValueReport.print(prefix + ".queries", summary.queries());
        KeyValueReport.print(prefix + ".ndcg_at_10", summary.ndcg());
        KeyValueReport.print(prefix + ".recall_at_10", summary.recall());
        table.add(String.format(
                Locale.ROOT,
                "%-22s %-8s %7d %9.4f %9.4f",
                set + group,
                mode.name().toLowerCase(Locale.ROOT),
                summary.queries(),
                summary.ndcg(),
                summary.recall()));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private record ExternalSet(String name, String corpusLocale, String queryLanguage) {}
}
