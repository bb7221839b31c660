package io.aura360.vector.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.vector.SearchMode;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.ingest.KnowledgeDocument;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retrieval-quality gate: the real knowledge base goes through the real ingestion and search, and the build
 * fails when hybrid nDCG@10 on {@code knowledge/eval} drops below the committed baseline, or when hybrid stops
 * beating BM25 and dense alone.
 */
class RetrievalQualityGateTest {

    private static final Path KNOWLEDGE = Path.of("..", "knowledge");

    @TempDir
    static Path indexDir;

    private static RetrievalEvaluation evaluation;

    private static final Map<SearchMode, ScoreSummary> SUMMARIES = new EnumMap<>(SearchMode.class);

    @BeforeAll
    static void evaluateEveryMode() throws IOException {
        evaluation =
                RetrievalEvaluation.ingest(KnowledgeEvalSet.load(KNOWLEDGE), new BgeSmallEmbeddingProvider(), indexDir);
        StringBuilder report = new StringBuilder("mode    nDCG@10  recall@10\n");
        for (SearchMode mode : List.of(SearchMode.BM25, SearchMode.DENSE, SearchMode.HYBRID)) {
            ScoreSummary summary = ScoreSummary.of(evaluation.run(mode));
            SUMMARIES.put(mode, summary);
            report.append(String.format(
                    Locale.ROOT,
                    "%-7s %7.4f %9.4f%n",
                    mode.name().toLowerCase(Locale.ROOT),
                    summary.ndcg(),
                    summary.recall()));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "retrieval-quality.txt"), report);
    }

    @AfterAll
    static void close() {
        evaluation.close();
    }

    @Test
    void hybridNdcgStaysAtTheCommittedBaseline() throws IOException {
        Properties baseline = new Properties();
        try (Reader reader = Files.newBufferedReader(KNOWLEDGE.resolve("eval").resolve("baseline.properties"))) {
            baseline.load(reader);
        }
        double expected = Double.parseDouble(baseline.getProperty("hybrid.ndcg_at_10"));
        double tolerance = Double.parseDouble(baseline.getProperty("tolerance"));
        assertThat(SUMMARIES.get(SearchMode.HYBRID).ndcg())
                .as("hybrid nDCG@10 on knowledge/eval (baseline %.4f, tolerance %.4f)", expected, tolerance)
                .isGreaterThanOrEqualTo(expected - tolerance);
    }

    @Test
    void hybridBeatsBm25AndDenseAlone() {
        double hybrid = SUMMARIES.get(SearchMode.HYBRID).ndcg();
        assertThat(hybrid)
                .as("hybrid vs BM25")
                .isGreaterThan(SUMMARIES.get(SearchMode.BM25).ndcg());
        assertThat(hybrid)
                .as("hybrid vs dense")
                .isGreaterThan(SUMMARIES.get(SearchMode.DENSE).ndcg());
    }

    @Test
    void everyJudgedDocumentIsInTheKnowledgeBase() {
        Set<String> ids =
                evaluation.set().corpus().stream().map(KnowledgeDocument::id).collect(Collectors.toSet());
        Set<String> judged = evaluation.set().judgements().grades().values().stream()
                .flatMap(grades -> grades.keySet().stream())
                .collect(Collectors.toSet());
        assertThat(ids).containsAll(judged);
    }

    @Test
    void everyQueryIsJudgedAndTheSetSpansBothLanguagesAndCrossLingualQueries() {
        List<EvalQuery> queries = KnowledgeEvalSet.load(KNOWLEDGE).queries();
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
