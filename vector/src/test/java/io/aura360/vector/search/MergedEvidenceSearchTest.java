package io.aura360.vector.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.SearchMode;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.index.LuceneKnowledgeStore;
import io.aura360.vector.ingest.Chunker;
import io.aura360.vector.ingest.KnowledgeDocument;
import io.aura360.vector.ingest.KnowledgeIngestor;
import io.aura360.vector.rerank.MaximalMarginalRelevance;
import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.KnowledgeCollection;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real collections (knowledge base and uploads) searched together, merged and reranked. */
class MergedEvidenceSearchTest {

    @TempDir
    static Path directory;

    private static LuceneKnowledgeStore store;

    private static BgeSmallEmbeddingProvider embeddings;

    private static HybridEvidenceSearch knowledge;

    private static HybridEvidenceSearch uploads;

    @BeforeAll
    static void ingest() {
        embeddings = new BgeSmallEmbeddingProvider();
        store = new LuceneKnowledgeStore(directory);
        KnowledgeCollection kb = store.create(new CollectionSpec("kb", embeddings.modelId(), embeddings.dimension()));
        KnowledgeCollection mine =
                store.create(new CollectionSpec("uploads", embeddings.modelId(), embeddings.dimension()));
        new KnowledgeIngestor(kb, embeddings, new Chunker(600))
                .synchronise(
                        List.of(
                                document(
                                        "body-en-sleep",
                                        "Sleep well",
                                        "Adults need seven to nine hours of sleep each night."),
                                document(
                                        "body-en-sleep-routine",
                                        "A bedtime routine",
                                        "Go to bed at the same time every night and sleep in a dark room to sleep well."),
                                document(
                                        "body-en-salt",
                                        "Salt",
                                        "Eat less than 5 g of salt a day to protect your blood pressure.")),
                        "starter");
        new KnowledgeIngestor(mine, embeddings, new Chunker(600))
                .synchronise(
                        List.of(
                                document(
                                        "upload-naps",
                                        "My nap notes",
                                        "A short nap after lunch helps me sleep better at night."),
                                document(
                                        "upload-walks",
                                        "Walking log",
                                        "I walk thirty minutes every morning with my dog.")),
                        "uploads");
        knowledge = new HybridEvidenceSearch(kb, embeddings);
        uploads = new HybridEvidenceSearch(mine, embeddings);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void findsTheBestChunksOfEveryCollectionWithScoresNormalisedPerCollection() {
        SearchResponse response = new MergedEvidenceSearch(List.of(knowledge, uploads), Optional.empty())
                .search(new SearchRequest("how to sleep better at night", 5, SearchMode.DENSE, null));

        assertThat(response.collection()).isEqualTo("kb+uploads");
        assertThat(response.results())
                .extracting(EvidenceHit::docId)
                .contains("upload-naps")
                .containsAnyOf("body-en-sleep", "body-en-sleep-routine");
        assertThat(response.results().stream().filter(h -> h.score() == 1.0).map(EvidenceHit::docId))
                .as("the best of each collection scores 1")
                .hasSize(2)
                .contains("upload-naps");
        assertThat(response.results())
                .extracting(EvidenceHit::score)
                .allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
        assertThat(response.results()).extracting(EvidenceHit::sourceId).doesNotHaveDuplicates();
    }

    @Test
    void diversifiesTheEvidenceWithMaximalMarginalRelevance() {
        SearchRequest request = new SearchRequest("sleep well at night", 2, SearchMode.DENSE, null);

        List<String> relevanceOnly = docIds(
                new MergedEvidenceSearch(List.of(knowledge), Optional.of(new MaximalMarginalRelevance(embeddings, 1.0)))
                        .search(request));
        List<String> diverse = docIds(
                new MergedEvidenceSearch(List.of(knowledge), Optional.of(new MaximalMarginalRelevance(embeddings, 0.3)))
                        .search(request));

        assertThat(relevanceOnly).containsExactlyInAnyOrder("body-en-sleep", "body-en-sleep-routine");
        assertThat(diverse).hasSize(2).contains("body-en-salt");
    }

    @Test
    void answersTheMergedOrderWhenTheRerankerIsDown() {
        MergedEvidenceSearch search = new MergedEvidenceSearch(List.of(knowledge, uploads), Optional.of((q, c, k) -> {
            throw new VectorServiceUnavailableException("reranker down", null);
        }));

        List<EvidenceHit> hits = search.search(new SearchRequest("salt", 2, SearchMode.BM25, null))
                .results();

        assertThat(hits).extracting(EvidenceHit::docId).containsExactly("body-en-salt");
    }

    private static List<String> docIds(SearchResponse response) {
        return response.results().stream().map(EvidenceHit::docId).toList();
    }

    private static KnowledgeDocument document(String id, String title, String body) {
        return new KnowledgeDocument(
                id, title, "body", "en", "public_health_agency", 0.9, "https://example.org/" + id, body);
    }
}
