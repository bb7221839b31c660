package io.aura360.vector.reembed;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.SearchFilters;
import io.aura360.contracts.vector.SearchMode;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.ingest.Chunker;
import io.aura360.vector.ingest.KnowledgeDocument;
import io.aura360.vector.ingest.KnowledgeIngestor;
import io.aura360.vector.search.HybridEvidenceSearch;
import io.aura360.vector.smoke.SmokeCheck;
import io.aura360.vector.smoke.SmokeQuery;
import io.aura360.vector.store.KnowledgeStore;
import io.aura360.vector.store.ServingCollection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Re-embedding on every backend: a collection built with an older model is rebuilt with bge-small, verified
 * with smoke queries, and only then served; a rebuild that fails verification is dropped and the old collection
 * keeps serving.
 */
public abstract class ReembedderConformanceTest {

    private static final HashingEmbeddingProvider OLD_MODEL = new HashingEmbeddingProvider(64);

    private static final List<KnowledgeDocument> CORPUS = List.of(
            document(
                    "body-en-sleep",
                    "Sleep well",
                    "body",
                    "en",
                    "Adults need seven to nine hours of sleep each night. Keep a regular bedtime and a dark, cool bedroom."),
            document(
                    "body-en-salt",
                    "Salt and blood pressure",
                    "body",
                    "en",
                    "Eating too much salt raises blood pressure. Adults should eat less than 5 g of salt a day."),
            document(
                    "mind-en-breathing",
                    "Breathing to ease stress",
                    "mind",
                    "en",
                    "When stress builds up, slow breathing calms the nervous system: in for four counts, out for six."),
            document(
                    "soul-es-gratitud",
                    "Dar las gracias",
                    "soul",
                    "es",
                    "Dar las gracias cada día por pequeñas cosas mejora el ánimo. Escribe tres motivos de gratitud."));

    private static final List<SmokeQuery> PASSING = List.of(
            new SmokeQuery(
                    "how can I fall asleep faster at night",
                    2,
                    SearchMode.DENSE,
                    SearchFilters.NONE,
                    List.of("body-en-sleep")),
            new SmokeQuery(
                    "sodium and hypertension", 2, SearchMode.DENSE, SearchFilters.NONE, List.of("body-en-salt")));

    private static BgeSmallEmbeddingProvider newModel;

    private KnowledgeStore store;

    private ServingCollection serving;

    protected abstract KnowledgeStore newStore();

    @BeforeAll
    static void loadModel() {
        newModel = new BgeSmallEmbeddingProvider();
    }

    @BeforeEach
    void buildWithTheOldModel() {
        store = newStore();
        serving = ServingCollection.open(store, "memory", OLD_MODEL.modelId(), OLD_MODEL.dimension());
        new KnowledgeIngestor(serving, OLD_MODEL, new Chunker(600)).synchronise(CORPUS, "starter");
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void servesTheRebuiltCollectionOnlyAfterItPassedItsSmokeChecks() {
        Reembedder reembedder = new Reembedder(store, serving, newModel, new SmokeCheck(() -> PASSING));
        assertThat(reembedder.needed()).isTrue();

        ReembedOutcome outcome = reembedder.run(false);

        assertThat(outcome)
                .isEqualTo(new ReembedOutcome.Swapped(
                        "memory", "memory_g1", "memory_g2", newModel.modelId(), CORPUS.size()));
        assertThat(store.aliasTarget("memory")).contains("memory_g2");
        assertThat(serving.spec().modelId()).isEqualTo(newModel.modelId());
        assertThat(serving.spec().dimension()).isEqualTo(384);
        assertThat(serving.documentIds("starter")).hasSize(CORPUS.size());
        assertThat(search("breathe slowly when anxious").get(0).docId()).isEqualTo("mind-en-breathing");
        assertThat(store.collectionNames())
                .as("the previous generation is kept for rollback")
                .contains("memory_g1", "memory_g2");
        assertThat(reembedder.needed()).isFalse();
        assertThat(reembedder.run(false)).isInstanceOf(ReembedOutcome.UpToDate.class);
    }

    @Test
    void keepsServingTheOldCollectionWhenTheRebuiltOneFailsItsSmokeChecks() {
        List<SmokeQuery> failing = List.of(new SmokeQuery(
                "how can I fall asleep faster",
                2,
                SearchMode.DENSE,
                SearchFilters.NONE,
                List.of("body-en-a-document-that-is-not-there")));
        Reembedder reembedder = new Reembedder(store, serving, newModel, new SmokeCheck(() -> failing));

        ReembedOutcome outcome = reembedder.run(false);

        assertThat(outcome).isInstanceOfSatisfying(ReembedOutcome.Rejected.class, rejected -> {
            assertThat(rejected.kept()).isEqualTo("memory_g1");
            assertThat(rejected.dropped()).isEqualTo("memory_g2");
            assertThat(rejected.failures()).singleElement().asString().contains("body-en-a-document-that-is-not-there");
        });
        assertThat(store.aliasTarget("memory")).contains("memory_g1");
        assertThat(store.collectionNames()).doesNotContain("memory_g2");
        assertThat(serving.spec().modelId()).isEqualTo(OLD_MODEL.modelId());
        assertThat(new HybridEvidenceSearch(serving, OLD_MODEL)
                        .search(new SearchRequest("salt blood pressure", 1, SearchMode.DENSE, null))
                        .results())
                .extracting(EvidenceHit::docId)
                .containsExactly("body-en-salt");
        assertThat(reembedder.needed()).isTrue();
    }

    @Test
    void reportsProgressDocumentByDocumentUpToEveryChunk() {
        Reembedder reembedder = new Reembedder(store, serving, newModel, new SmokeCheck(() -> PASSING));
        List<int[]> steps = new java.util.ArrayList<>();

        reembedder.run(false, (done, total) -> steps.add(new int[] {done, total}));

        assertThat(steps).hasSize(CORPUS.size());
        assertThat(steps).allSatisfy(step -> assertThat(step[1]).isEqualTo(CORPUS.size()));
        assertThat(steps.get(steps.size() - 1)[0]).isEqualTo(CORPUS.size());
        assertThat(steps).extracting(step -> step[0]).isSorted();
    }

    @Test
    void dropsGenerationsOlderThanThePreviousOne() {
        Reembedder reembedder = new Reembedder(store, serving, newModel, new SmokeCheck(() -> PASSING));

        reembedder.run(false);
        ReembedOutcome forced = reembedder.run(true);

        assertThat(forced).isInstanceOf(ReembedOutcome.Swapped.class);
        assertThat(store.collectionNames()).containsExactly("memory_g2", "memory_g3");
        assertThat(store.aliasTarget("memory")).contains("memory_g3");
        assertThat(search("salt").get(0).docId()).isEqualTo("body-en-salt");
    }

    private List<EvidenceHit> search(String query) {
        return new HybridEvidenceSearch(serving, newModel)
                .search(new SearchRequest(query, 3, SearchMode.HYBRID, null))
                .results();
    }

    private static KnowledgeDocument document(String id, String title, String category, String locale, String body) {
        return new KnowledgeDocument(
                id, title, category, locale, "public_health_agency", 0.9, "https://example.org/" + id, body);
    }
}
