package io.aura360.vector.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.vector.SearchMode;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.ingest.KnowledgeDocument;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retrieval-quality gate: the real knowledge base, and a quick sample of the dev half ({@link EvalSplit}; the
 * test half stays unseen for reported figures) of every external set that is present
 * ({@code AURA_EVAL_DIR}, default {@code ../../shared/eval}: beside the repository), go through the real ingestion
 * and search. The build fails when hybrid nDCG@10 on any set drops below the better of BM25 and dense alone, or
 * below its committed baseline ({@code knowledge/eval/baseline.properties}).
 */
class RetrievalQualityGateTest {

    private static final Path KNOWLEDGE = Path.of("..", "knowledge");

    /** The quick sample: enough queries to see a regression, a corpus small enough to embed in seconds. */
    private static final int SAMPLE_QUERIES = 150;

    private static final int SAMPLE_DISTRACTORS = 300;

    private static final long SEED = 42;

    @TempDir
    static Path indexDirs;

    private static final Map<String, Map<SearchMode, ScoreSummary>> SUMMARIES = new LinkedHashMap<>();

    private static LabelledSet knowledge;

    @BeforeAll
    static void evaluateEverySetInEveryMode() throws IOException {
        EmbeddingProvider embeddings = new BgeSmallEmbeddingProvider();
        knowledge = KnowledgeEvalSet.load(KNOWLEDGE);
        List<LabelledSet> sets = new ArrayList<>(List.of(knowledge));
        for (ExternalSets external : ExternalSets.all()) {
            external.read(externalRoot())
                    .map(set -> set.split(EvalSplit.DEV).sample(SAMPLE_QUERIES, SAMPLE_DISTRACTORS, SEED))
                    .ifPresent(sets::add);
        }
        StringBuilder report = new StringBuilder("set                 mode    nDCG@10  recall@10\n");
        for (LabelledSet set : sets) {
            Map<SearchMode, ScoreSummary> byMode = new EnumMap<>(SearchMode.class);
            try (RetrievalEvaluation evaluation =
                    RetrievalEvaluation.ingest(set, embeddings, indexDirs.resolve(set.name()))) {
                for (SearchMode mode : List.of(SearchMode.BM25, SearchMode.DENSE, SearchMode.HYBRID)) {
                    ScoreSummary summary = ScoreSummary.of(evaluation.run(mode));
                    byMode.put(mode, summary);
                    report.append(String.format(
                            Locale.ROOT,
                            "%-19s %-7s %7.4f %9.4f%n",
                            set.name(),
                            mode.name().toLowerCase(Locale.ROOT),
                            summary.ndcg(),
                            summary.recall()));
                }
            }
            SUMMARIES.put(set.name(), byMode);
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "retrieval-quality.txt"), report);
    }

    static Path externalRoot() {
        String configured = System.getenv("AURA_EVAL_DIR");
        return Path.of((configured == null || configured.isBlank()) ? "../../shared/eval" : configured);
    }

    @Test
    void hybridStaysAtTheCommittedBaselineOnEverySet() throws IOException {
        Properties baseline = new Properties();
        try (Reader reader = Files.newBufferedReader(KNOWLEDGE.resolve("eval").resolve("baseline.properties"))) {
            baseline.load(reader);
        }
        double tolerance = Double.parseDouble(baseline.getProperty("tolerance"));
        SoftAssertions softly = new SoftAssertions();
        SUMMARIES.forEach((set, byMode) -> {
            String key = set.equals(KnowledgeEvalSet.NAME) ? "hybrid.ndcg_at_10" : set + ".quick.hybrid.ndcg_at_10";
            Optional<Double> expected =
                    Optional.ofNullable(baseline.getProperty(key)).map(Double::parseDouble);
            softly.assertThat(expected).as("committed baseline %s", key).isPresent();
            expected.ifPresent(
                    value -> softly.assertThat(byMode.get(SearchMode.HYBRID).ndcg())
                            .as("hybrid nDCG@10 on %s (baseline %.4f, tolerance %.4f)", set, value, tolerance)
                            .isGreaterThanOrEqualTo(value - tolerance));
        });
        softly.assertAll();
    }

    @Test
    void hybridIsAtLeastTheBetterOfBm25AndDenseOnEverySet() {
        SoftAssertions softly = new SoftAssertions();
        SUMMARIES.forEach((set, byMode) -> {
            double best = Math.max(
                    byMode.get(SearchMode.BM25).ndcg(),
                    byMode.get(SearchMode.DENSE).ndcg());
            softly.assertThat(byMode.get(SearchMode.HYBRID).ndcg())
                    .as(
                            "hybrid vs max(BM25 %.4f, dense %.4f) on %s",
                            byMode.get(SearchMode.BM25).ndcg(),
                            byMode.get(SearchMode.DENSE).ndcg(),
                            set)
                    .isGreaterThanOrEqualTo(best);
        });
        softly.assertAll();
    }

    @Test
    void everyJudgedDocumentIsInTheKnowledgeBase() {
        Set<String> ids = knowledge.corpus().stream().map(KnowledgeDocument::id).collect(Collectors.toSet());
        Set<String> judged = knowledge.judgements().grades().values().stream()
                .flatMap(grades -> grades.keySet().stream())
                .collect(Collectors.toSet());
        assertThat(ids).containsAll(judged);
    }

    @Test
    void everyQueryIsJudgedAndTheSetSpansBothLanguagesAndCrossLingualQueries() {
        List<EvalQuery> queries = knowledge.queries();
        List<EvalQuery> all = BeirFiles.readQueries(KNOWLEDGE.resolve("eval").resolve("queries.jsonl"));
        assertThat(queries).hasSameSizeAs(all).hasSizeGreaterThanOrEqualTo(90);
        assertThat(queries)
                .filteredOn(q -> "en".equals(q.language()) && !q.crossLingual())
                .isNotEmpty();
        assertThat(queries)
                .filteredOn(q -> "es".equals(q.language()) && !q.crossLingual())
                .isNotEmpty();
        assertThat(queries).filteredOn(EvalQuery::crossLingual).isNotEmpty();
    }
}
