package io.aura360.vector.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.SearchMode;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.index.LuceneKnowledgeIndex;
import io.aura360.vector.search.HybridEvidenceSearch;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeIngestorTest {

    private static final String STARTER = "starter";

    private static final Chunker CHUNKER = new Chunker(100);

    private static final KnowledgeDocument SLEEP = document(
            "body-en-sleep",
            "Sleep well",
            "Adults need seven to nine hours of sleep every night. Keep a regular bedtime, even at weekends. "
                    + "A dark, quiet and cool bedroom helps you fall asleep. Avoid caffeine after lunch.");

    private static final KnowledgeDocument GUT = document(
            "body-en-gut",
            "Fermented food",
            "A glass of kombucha with breakfast feeds the gut flora. Fermented drinks also add variety to a diet. "
                    + "Start with small portions to see how you feel.");

    private static final KnowledgeDocument BREATHING = document(
            "mind-en-breathing",
            "Breathing for stress",
            "Slow breathing calms the nervous system when stress builds up. Breathe in for four counts "
                    + "and out for six. A few minutes are enough to lower the heart rate.");

    private static BgeSmallEmbeddingProvider embeddings;

    @TempDir
    Path directory;

    private LuceneKnowledgeIndex index;

    private KnowledgeIngestor ingestor;

    private HybridEvidenceSearch search;

    @BeforeAll
    static void loadModel() {
        embeddings = new BgeSmallEmbeddingProvider();
    }

    @BeforeEach
    void openIndex() {
        index = LuceneKnowledgeIndex.open(directory, embeddings.modelId(), embeddings.dimension());
        ingestor = new KnowledgeIngestor(index, embeddings, CHUNKER);
        search = new HybridEvidenceSearch(index, embeddings);
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    @Test
    void addsEveryDocumentOnTheFirstSynchronisation() {
        IngestReport report = ingestor.synchronise(List.of(SLEEP, GUT, BREATHING), STARTER);

        int chunks = chunkCount(SLEEP, GUT, BREATHING);
        assertThat(chunks).isGreaterThan(3);
        assertThat(report).isEqualTo(new IngestReport(3, 0, 0, 0, chunks));
        assertThat(report.documents()).isEqualTo(3);
        assertThat(index.chunkCount()).isEqualTo(chunks);
        assertThat(index.documentIds(STARTER)).containsExactly("body-en-gut", "body-en-sleep", "mind-en-breathing");
        assertThat(index.storedVersion(SLEEP.id())).contains(SLEEP.version());
    }

    @Test
    void reportsProgressOverTheChangedDocumentsOnly() {
        ingestor.synchronise(List.of(SLEEP, GUT), STARTER);
        List<String> steps = new java.util.ArrayList<>();

        ingestor.synchronise(List.of(SLEEP, GUT, BREATHING), STARTER, (done, total) -> steps.add(done + "/" + total));
        ingestor.synchronise(List.of(SLEEP, GUT, BREATHING), STARTER, (done, total) -> steps.add("again " + done));

        assertThat(steps)
                .as("one new document embedded; nothing when unchanged")
                .containsExactly("1/1");
    }

    @Test
    void embedsNothingWhenTheDocumentsAreUnchanged() {
        ingestor.synchronise(List.of(SLEEP, GUT, BREATHING), STARTER);
        int chunks = index.chunkCount();

        IngestReport report = ingestor.synchronise(List.of(SLEEP, GUT, BREATHING), STARTER);

        assertThat(report).isEqualTo(new IngestReport(0, 0, 3, 0, 0));
        assertThat(index.chunkCount()).isEqualTo(chunks);
    }

    @Test
    void reEmbedsOnlyTheChangedDocumentAndLeavesNoStaleChunk() {
        ingestor.synchronise(List.of(SLEEP, GUT, BREATHING), STARTER);
        assertThat(bm25("kombucha")).extracting(EvidenceHit::docId).containsOnly(GUT.id());
        KnowledgeDocument changedGut = document(GUT.id(), GUT.title(), "Sauerkraut adds fibre to a meal.");

        IngestReport report = ingestor.synchronise(List.of(SLEEP, changedGut, BREATHING), STARTER);

        assertThat(report).isEqualTo(new IngestReport(0, 1, 2, 0, 1));
        assertThat(bm25("kombucha")).isEmpty();
        assertThat(bm25("flora portions")).isEmpty();
        assertThat(bm25("sauerkraut")).extracting(EvidenceHit::sourceId).containsExactly("body-en-gut#0");
        assertThat(index.chunkCount()).isEqualTo(chunkCount(SLEEP, changedGut, BREATHING));
        assertThat(index.storedVersion(GUT.id())).contains(changedGut.version());
    }

    @Test
    void treatsAChangeOfMetadataAsAChange() {
        ingestor.synchronise(List.of(SLEEP), STARTER);
        KnowledgeDocument recategorised = new KnowledgeDocument(
                SLEEP.id(),
                SLEEP.title(),
                "mind",
                SLEEP.locale(),
                SLEEP.sourceType(),
                SLEEP.confidence(),
                SLEEP.url(),
                SLEEP.body());

        IngestReport report = ingestor.synchronise(List.of(recategorised), STARTER);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.chunksEmbedded()).isEqualTo(chunkCount(SLEEP));
        assertThat(index.storedVersion(SLEEP.id())).contains(recategorised.version());
    }

    @Test
    void removesADocumentThatLeftTheSet() {
        ingestor.synchronise(List.of(SLEEP, GUT, BREATHING), STARTER);

        IngestReport report = ingestor.synchronise(List.of(SLEEP, BREATHING), STARTER);

        assertThat(report).isEqualTo(new IngestReport(0, 0, 2, 1, 0));
        assertThat(index.documentIds(STARTER)).containsExactly("body-en-sleep", "mind-en-breathing");
        assertThat(index.storedVersion(GUT.id())).isEmpty();
        assertThat(bm25("kombucha")).isEmpty();
        assertThat(index.chunkCount()).isEqualTo(chunkCount(SLEEP, BREATHING));
    }

    @Test
    void leavesDocumentsOfAnotherOriginInPlace() {
        KnowledgeDocument upload = document("upload-1", "My notes", "I keep a kombucha diary for my gut.");
        ingestor.synchronise(List.of(upload), "uploads");

        IngestReport report = ingestor.synchronise(List.of(SLEEP), STARTER);

        assertThat(report.removed()).isZero();
        assertThat(index.documentIds("uploads")).containsExactly("upload-1");
        assertThat(bm25("diary")).extracting(EvidenceHit::docId).containsExactly("upload-1");
    }

    @Test
    void refusesDuplicateIdsBeforeTouchingTheIndex() {
        KnowledgeDocument duplicate = document(SLEEP.id(), "Another sleep text", "Naps help too.");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ingestor.synchronise(List.of(SLEEP, GUT, duplicate), STARTER))
                .withMessageContaining("duplicate")
                .withMessageContaining(SLEEP.id());
        index.commit();
        assertThat(index.chunkCount()).isZero();
    }

    @Test
    void keepsTheCollectionInSyncAcrossARestart() {
        ingestor.synchronise(List.of(SLEEP, GUT), STARTER);
        index.close();
        openIndex();

        IngestReport report = ingestor.synchronise(List.of(SLEEP, GUT), STARTER);

        assertThat(report).isEqualTo(new IngestReport(0, 0, 2, 0, 0));
    }

    private List<EvidenceHit> bm25(String query) {
        return search.search(new SearchRequest(query, 20, SearchMode.BM25, null))
                .results();
    }

    private static int chunkCount(KnowledgeDocument... documents) {
        int chunks = 0;
        for (KnowledgeDocument document : documents) {
            chunks += CHUNKER.chunk(document.body()).size();
        }
        return chunks;
    }

    private static KnowledgeDocument document(String id, String title, String body) {
        return new KnowledgeDocument(
                id,
                title,
                id.substring(0, id.indexOf('-')),
                "en",
                "public_health_agency",
                0.9,
                "https://example.org/" + id,
                body);
    }
}
