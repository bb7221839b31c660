package io.aura360.vector.evaluation;

import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.SearchFilters;
import io.aura360.contracts.vector.SearchMode;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.vector.VectorProperties;
import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.index.LuceneKnowledgeIndex;
import io.aura360.vector.ingest.Chunker;
import io.aura360.vector.ingest.KnowledgeIngestor;
import io.aura360.vector.search.HybridEvidenceSearch;
import io.aura360.vector.search.HybridFusion;
import io.aura360.vector.store.IndexedChunk;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures the production search on a labelled set: the corpus goes through the real ingestion (chunking,
 * embedding, Lucene) into a scratch collection, each query is searched as the service would search it, and the
 * chunk ranking is collapsed to a document ranking (a document ranks where its best chunk does).
 */
public final class RetrievalEvaluation implements AutoCloseable {

    public static final int CUTOFF = 10;

    /** Chunks fetched per query: documents have a few chunks each, so this leaves ten distinct documents. */
    private static final int CHUNK_DEPTH = 50;

    private final LuceneKnowledgeIndex index;

    private final EvidenceSearch search;

    private final LabelledSet set;

    private final EmbeddingProvider embeddings;

    private RetrievalEvaluation(
            LuceneKnowledgeIndex index, EvidenceSearch search, LabelledSet set, EmbeddingProvider embeddings) {
        this.index = index;
        this.search = search;
        this.set = set;
        this.embeddings = embeddings;
    }

    /** Ingests the set with the service's default chunking ({@code aura.vector.chunk-chars}). */
    public static RetrievalEvaluation ingest(LabelledSet set, EmbeddingProvider embeddings, Path indexDir) {
        int chunkChars = new VectorProperties(indexDir, null, false).chunkChars();
        LuceneKnowledgeIndex index = LuceneKnowledgeIndex.open(indexDir, embeddings.modelId(), embeddings.dimension());
        new KnowledgeIngestor(index, embeddings, new Chunker(chunkChars)).synchronise(set.corpus(), set.name());
        return new RetrievalEvaluation(index, new HybridEvidenceSearch(index, embeddings), set, embeddings);
    }

    public LabelledSet set() {
        return set;
    }

    public int chunks() {
        return index.chunkCount();
    }

    public List<QueryScore> run(SearchMode mode) {
        return set.queries().stream()
                .map(query -> score(query, rankDocuments(query, mode)))
                .toList();
    }

    public List<String> rankDocuments(EvalQuery query, SearchMode mode) {
        SearchFilters filters = new SearchFilters(null, query.locale(), null, null);
        return search.search(new SearchRequest(query.text(), CHUNK_DEPTH, mode, filters)).results().stream()
                .map(EvidenceHit::docId)
                .distinct()
                .limit(CUTOFF)
                .toList();
    }

    /**
     * The three candidate rankings of one query as hybrid search sees them before fusion ({@code depth} chunks
     * each, the query's locale filter applied), plus the exact nearest chunks, for comparing fusion methods
     * and measuring what HNSW loses without searching again.
     */
    public Candidates candidates(EvalQuery query, int depth) {
        return candidates(query, depth, embeddings);
    }

    /** As {@link #candidates(EvalQuery, int)}, the query embedded by {@code queries} (same model, other input). */
    public Candidates candidates(EvalQuery query, int depth, EmbeddingProvider queries) {
        SearchFilters filters = new SearchFilters(null, query.locale(), null, null);
        float[] vector = queries.embedQuery(query.text());
        return new Candidates(
                index.dense(vector, filters, depth),
                index.exactDense(vector, filters, depth),
                index.keyword(query.text(), filters, depth));
    }

    /** Nanoseconds one hybrid search of {@code query} takes with {@code fusion}, embedding included. */
    public long hybridNanos(EvalQuery query, HybridFusion fusion) {
        SearchFilters filters = new SearchFilters(null, query.locale(), null, null);
        EvidenceSearch hybrid = new HybridEvidenceSearch(index, embeddings, fusion);
        long start = System.nanoTime();
        hybrid.search(new SearchRequest(query.text(), CHUNK_DEPTH, SearchMode.HYBRID, filters));
        return System.nanoTime() - start;
    }

    /** Scores a chunk ranking, collapsed to documents (a document ranks where its best chunk does). */
    public QueryScore scoreChunks(EvalQuery query, List<IndexedChunk> chunks) {
        return score(
                query,
                chunks.stream()
                        .map(IndexedChunk::docId)
                        .distinct()
                        .limit(CUTOFF)
                        .toList());
    }

    private QueryScore score(EvalQuery query, List<String> ranked) {
        var grades = set.judgements().of(query.id());
        return new QueryScore(
                query, RankingMetrics.ndcg(ranked, grades, CUTOFF), RankingMetrics.recall(ranked, grades, CUTOFF));
    }

    /** A query's rankings before fusion: approximate (HNSW) dense, exact dense, and BM25. */
    public record Candidates(List<IndexedChunk> dense, List<IndexedChunk> exactDense, List<IndexedChunk> lexical) {}

    @Override
    public void close() {
        index.close();
    }
}
