package io.aura360.vector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.index.ChunkFields;
import io.aura360.vector.index.LuceneKnowledgeIndex;
import io.aura360.vector.ingest.KnowledgeIngestor.Outcome;
import io.aura360.vector.store.IndexedChunk;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One document's life through {@link KnowledgeIngestor#apply}: added, skipped while unchanged, replaced whole
 * when changed (no stale chunk survives), withdrawn by {@code deleted_at}; every step durable when it returns.
 */
class DocumentLifecycleTest {

    private static final String ORIGIN = "files";

    private static final String LONG_BODY = "Walking thirty minutes a day lowers blood pressure. "
            + "Brisk walking counts as moderate exercise for adults. "
            + "Start with ten minutes and add five minutes every week. "
            + "Comfortable shoes with good support prevent blisters and sore knees. "
            + "Walking with a friend makes the habit easier to keep.";

    private static BgeSmallEmbeddingProvider embeddings;

    @TempDir
    Path directory;

    private LuceneKnowledgeIndex index;

    private KnowledgeIngestor ingestor;

    @BeforeAll
    static void loadModel() {
        embeddings = new BgeSmallEmbeddingProvider();
    }

    @BeforeEach
    void open() {
        index = LuceneKnowledgeIndex.open(directory, embeddings.modelId(), embeddings.dimension());
        ingestor = new KnowledgeIngestor(index, embeddings, new Chunker(100));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void addsThenSkipsTheSameContent() {
        assertThat(ingestor.apply(walking(LONG_BODY), ORIGIN)).isEqualTo(Outcome.ADDED);
        int chunks = chunksOf("body-en-walking").size();

        assertThat(ingestor.apply(walking(LONG_BODY), ORIGIN)).isEqualTo(Outcome.UNCHANGED);
        assertThat(chunksOf("body-en-walking")).hasSize(chunks);
        assertThat(chunks).isGreaterThan(2);
    }

    @Test
    void replacesEveryChunkOfAChangedDocument() {
        ingestor.apply(walking(LONG_BODY), ORIGIN);

        assertThat(ingestor.apply(walking("Swimming is gentle on the joints."), ORIGIN))
                .isEqualTo(Outcome.UPDATED);

        assertThat(chunksOf("body-en-walking"))
                .extracting(IndexedChunk::sourceId, IndexedChunk::chunk)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("body-en-walking#0", "Swimming is gentle on the joints."));
        assertThat(index.chunkCount()).isEqualTo(1);
    }

    @Test
    void withdrawsADocumentWithDeletedAt() {
        ingestor.apply(walking(LONG_BODY), ORIGIN);

        assertThat(ingestor.apply(new SourceDocument.Unpublished("body-en-walking", "2026-11-25T10:00:00Z"), ORIGIN))
                .isEqualTo(Outcome.REMOVED);

        assertThat(chunksOf("body-en-walking")).isEmpty();
        assertThat(index.storedVersion("body-en-walking")).isEmpty();
        assertThat(ingestor.apply(new SourceDocument.Unpublished("body-en-walking", "2026-11-25T10:00:00Z"), ORIGIN))
                .isEqualTo(Outcome.ABSENT);
    }

    @Test
    void keepsEachAppliedChangeAcrossARestart() {
        ingestor.apply(walking(LONG_BODY), ORIGIN);
        ingestor.apply(walking("Swimming is gentle on the joints."), ORIGIN);
        index.close();

        open();

        assertThat(chunksOf("body-en-walking"))
                .extracting(IndexedChunk::chunk)
                .containsExactly("Swimming is gentle on the joints.");
    }

    @Test
    void appliesSeveralDocumentsInOneBatchWithAnOutcomeEach() {
        ingestor.apply(walking(LONG_BODY), ORIGIN);
        SourceDocument swimming = new SourceDocument.Published(new KnowledgeDocument(
                "body-en-swimming",
                "Swimming",
                "body",
                "en",
                "public_health_agency",
                0.9,
                null,
                "Swimming is gentle on the joints."));

        List<Outcome> outcomes = ingestor.applyAll(
                List.of(
                        swimming,
                        walking(LONG_BODY),
                        new SourceDocument.Unpublished("body-en-running", "2026-11-25T10:00:00Z")),
                ORIGIN);

        assertThat(outcomes).containsExactly(Outcome.ADDED, Outcome.UNCHANGED, Outcome.ABSENT);
        assertThat(chunksOf("body-en-swimming")).hasSize(1);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ingestor.applyAll(List.of(swimming, swimming), ORIGIN))
                .withMessageContaining("duplicate knowledge document id: body-en-swimming");
    }

    private List<IndexedChunk> chunksOf(String docId) {
        return index.search(new TermQuery(new Term(ChunkFields.DOC_ID, docId)), 1000);
    }

    private static SourceDocument walking(String body) {
        return new SourceDocument.Published(new KnowledgeDocument(
                "body-en-walking",
                "Walking",
                "body",
                "en",
                "public_health_agency",
                0.9,
                "https://example.org/walking",
                body));
    }
}
