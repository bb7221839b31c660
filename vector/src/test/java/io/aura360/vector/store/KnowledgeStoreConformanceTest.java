package io.aura360.vector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aura360.contracts.vector.SearchFilters;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link KnowledgeStore} backend keeps, run against each (Lucene on disk, Qdrant through its
 * real client). Four-dimensional vectors make the expected nearest neighbours obvious.
 */
public abstract class KnowledgeStoreConformanceTest {

    protected static final String MODEL = "test-model@1";

    private static final CollectionSpec SPEC = new CollectionSpec("memory_g1", MODEL, 4);

    protected KnowledgeStore store;

    private KnowledgeCollection collection;

    protected abstract KnowledgeStore newStore();

    @BeforeEach
    void createCollection() {
        store = newStore();
        collection = store.create(SPEC);
        writeWalking(
                List.of("Walking briskly every day helps the heart.", "Take the stairs instead of the lift."),
                List.of(v(1, 0, 0, 0), v(0.9f, 0.1f, 0, 0)),
                "v1");
        write(
                "body-es-verdura",
                "es",
                "body",
                "public_health_agency",
                0.9,
                "starter",
                List.of("Incluye una verdura en cada comida."),
                List.of(v(0, 1, 0, 0)));
        write(
                "soul-en-gratitude",
                "en",
                "soul",
                "expert_opinion",
                0.6,
                "uploads",
                List.of("A gratitude journal each evening."),
                List.of(v(0, 0, 1, 0)));
        collection.commit();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void recordsTheModelAndDimensionOfACollection() {
        assertThat(store.open("memory_g1"))
                .get()
                .extracting(KnowledgeCollection::spec)
                .isEqualTo(SPEC);
        assertThat(store.collectionNames()).contains("memory_g1");
        assertThat(store.open("missing")).isEmpty();
    }

    @Test
    void refusesToReopenACollectionWithAnotherDimensionNamingBoth() {
        assertThatThrownBy(() -> store.create(new CollectionSpec("memory_g1", "big-model@2", 8)))
                .isInstanceOf(DimensionMismatchException.class)
                .hasMessageContaining("memory_g1")
                .hasMessageContaining("4-dimensional")
                .hasMessageContaining(MODEL)
                .hasMessageContaining("big-model@2")
                .hasMessageContaining("8 dimensions");
    }

    @Test
    void refusesToReopenACollectionBuiltWithAnotherModelOfTheSameDimension() {
        assertThatThrownBy(() -> store.create(new CollectionSpec("memory_g1", "other-model@1", 4)))
                .isInstanceOf(EmbeddingModelMismatchException.class)
                .hasMessageContaining(MODEL)
                .hasMessageContaining("other-model@1");
    }

    @Test
    void ranksDenseNeighboursByCosineSimilarity() {
        List<IndexedChunk> hits = collection.dense(v(1, 0.05f, 0, 0), SearchFilters.NONE, 3);

        assertThat(hits)
                .extracting(IndexedChunk::sourceId)
                .containsExactly("body-en-walking#0", "body-en-walking#1", "body-es-verdura#0");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        assertThat(hits.get(0)).satisfies(hit -> {
            assertThat(hit.docId()).isEqualTo("body-en-walking");
            assertThat(hit.url()).isEqualTo("https://example.org/body-en-walking");
            assertThat(hit.title()).isEqualTo("Title of body-en-walking");
            assertThat(hit.chunk()).isEqualTo("Walking briskly every day helps the heart.");
        });
    }

    @Test
    void appliesEveryFilterInsideTheDenseSearch() {
        float[] nearWalking = v(1, 0, 0, 0);

        assertThat(docIds(collection.dense(nearWalking, new SearchFilters("soul", null, null, null), 1)))
                .containsExactly("soul-en-gratitude");
        assertThat(docIds(collection.dense(nearWalking, new SearchFilters(null, "es", null, null), 1)))
                .containsExactly("body-es-verdura");
        assertThat(docIds(collection.dense(nearWalking, new SearchFilters(null, null, 0.88, null), 5)))
                .containsExactly("body-es-verdura");
        assertThat(docIds(collection.dense(nearWalking, new SearchFilters(null, null, null, "expert_opinion"), 5)))
                .containsExactly("soul-en-gratitude");
        assertThat(collection.dense(nearWalking, new SearchFilters("mind", null, null, null), 5))
                .isEmpty();
    }

    @Test
    void ranksKeywordsWithTheStemmerOfTheDocumentLanguage() {
        assertThat(docIds(collection.keyword("verduras", SearchFilters.NONE, 5)))
                .containsExactly("body-es-verdura");
        assertThat(docIds(collection.keyword("walks", SearchFilters.NONE, 5))).containsOnly("body-en-walking");
        assertThat(collection.keyword("verduras", new SearchFilters(null, "en", null, null), 5))
                .isEmpty();
        assertThat(collection.keyword("xylophone zeppelin", SearchFilters.NONE, 5))
                .isEmpty();
    }

    @Test
    void ranksTheChunkWithMoreRareQueryTermsFirst() {
        List<IndexedChunk> hits = collection.keyword("stairs heart", SearchFilters.NONE, 5);

        assertThat(hits)
                .extracting(IndexedChunk::sourceId)
                .containsExactlyInAnyOrder("body-en-walking#0", "body-en-walking#1");
        assertThat(collection
                        .keyword("gratitude journal walking", SearchFilters.NONE, 5)
                        .get(0)
                        .docId())
                .isEqualTo("soul-en-gratitude");
    }

    @Test
    void replacesEveryChunkOfAChangedDocumentLeavingNoStaleOne() {
        write(
                "body-en-walking",
                "en",
                "body",
                "peer_reviewed",
                0.85,
                "starter",
                List.of("Only one chunk now."),
                List.of(v(0, 0, 0, 1)),
                "v2");
        collection.commit();

        assertThat(collection.chunkCount()).isEqualTo(3);
        assertThat(collection.storedVersion("body-en-walking")).contains("v2");
        assertThat(collection.keyword("stairs", SearchFilters.NONE, 5)).isEmpty();
        assertThat(collection.dense(v(0, 0, 0, 1), SearchFilters.NONE, 1))
                .extracting(IndexedChunk::chunk)
                .containsExactly("Only one chunk now.");
    }

    @Test
    void deletesByDocumentAndByFilter() {
        collection.deleteDocument("body-en-walking");
        collection.commit();
        assertThat(collection.storedVersion("body-en-walking")).isEmpty();
        assertThat(collection.chunkCount()).isEqualTo(2);

        collection.deleteWhere(new SearchFilters(null, "es", null, null));
        collection.commit();
        assertThat(collection.documentIds("starter")).isEmpty();
        assertThat(collection.documentIds("uploads")).containsExactly("soul-en-gratitude");
        assertThatIllegalArgumentException().isThrownBy(() -> collection.deleteWhere(SearchFilters.NONE));
    }

    @Test
    void listsDocumentsByOriginAndVisitsEveryChunkWithItsPayload() {
        assertThat(collection.documentIds("starter")).containsExactly("body-en-walking", "body-es-verdura");

        List<StoredChunk> chunks = new ArrayList<>();
        collection.forEachChunk(chunks::add);

        assertThat(chunks)
                .hasSize(4)
                .contains(new StoredChunk(
                        "body-es-verdura#0",
                        "body-es-verdura",
                        "v1",
                        "Title of body-es-verdura",
                        "https://example.org/body-es-verdura",
                        "Incluye una verdura en cada comida.",
                        "body",
                        "es",
                        "public_health_agency",
                        0.9,
                        "starter"));
    }

    @Test
    void refusesVectorsOfTheWrongLengthAndWritesNothing() {
        assertThatThrownBy(() -> write(
                        "mind-en-new",
                        "en",
                        "mind",
                        "peer_reviewed",
                        0.7,
                        "starter",
                        List.of("one", "two"),
                        List.of(v(1, 0, 0, 0), new float[] {1, 0})))
                .isInstanceOf(DimensionMismatchException.class);
        collection.commit();
        assertThat(collection.storedVersion("mind-en-new")).isEmpty();

        assertThatThrownBy(() -> collection.dense(new float[] {1, 0, 0, 0, 0}, SearchFilters.NONE, 3))
                .isInstanceOf(DimensionMismatchException.class)
                .hasMessageContaining("5 dimensions")
                .hasMessageContaining("4-dimensional");
    }

    @Test
    void movesAnAliasAtomicallyAndRefusesToDropItsTarget() {
        KnowledgeCollection next = store.create(new CollectionSpec("memory_g2", "next-model@1", 3));
        store.pointAlias("memory", "memory_g1");
        assertThat(store.aliasTarget("memory")).contains("memory_g1");
        assertThat(store.open("memory")).get().extracting(c -> c.spec().name()).isEqualTo("memory_g1");

        store.pointAlias("memory", "memory_g2");

        assertThat(store.aliasTarget("memory")).contains("memory_g2");
        assertThat(store.open("memory"))
                .get()
                .extracting(KnowledgeCollection::spec)
                .isEqualTo(next.spec());
        assertThatIllegalStateException()
                .isThrownBy(() -> store.drop("memory_g2"))
                .withMessageContaining("alias");
        store.drop("memory_g1");
        assertThat(store.collectionNames()).containsExactly("memory_g2");
        assertThat(store.aliasTarget("nothing")).isEmpty();
    }

    @Test
    void findsStoredChunksBySourceIdAndSkipsUnknownIds() {
        List<StoredChunk> found =
                collection.chunks(List.of("body-en-walking#1", "soul-en-gratitude#0", "body-en-walking#2", "nope#0"));

        assertThat(found)
                .extracting(StoredChunk::sourceId, StoredChunk::docId, StoredChunk::chunk, StoredChunk::origin)
                .containsExactlyInAnyOrder(
                        Tuple.tuple(
                                "body-en-walking#1",
                                "body-en-walking",
                                "Take the stairs instead of the lift.",
                                "starter"),
                        Tuple.tuple(
                                "soul-en-gratitude#0",
                                "soul-en-gratitude",
                                "A gratitude journal each evening.",
                                "uploads"));
        assertThat(collection.chunks(List.of())).isEmpty();
    }

    @Test
    void aReplacedDocumentNoLongerAnswersForItsDroppedChunks() {
        writeWalking(List.of("Walk after dinner."), List.of(v(1, 0, 0, 0)), "v2");
        collection.commit();

        assertThat(collection.chunks(List.of("body-en-walking#0", "body-en-walking#1")))
                .extracting(StoredChunk::chunk)
                .containsExactly("Walk after dinner.");
    }

    /** The English walking document of the setup, in a given version. */
    private void writeWalking(List<String> texts, List<float[]> vectors, String version) {
        write("body-en-walking", "en", "body", "peer_reviewed", 0.85, "starter", texts, vectors, version);
    }

    private void write(
            String docId,
            String locale,
            String category,
            String sourceType,
            double confidence,
            String origin,
            List<String> texts,
            List<float[]> vectors) {
        write(docId, locale, category, sourceType, confidence, origin, texts, vectors, "v1");
    }

    private void write(
            String docId,
            String locale,
            String category,
            String sourceType,
            double confidence,
            String origin,
            List<String> texts,
            List<float[]> vectors,
            String version) {
        List<StoredChunk> chunks = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            chunks.add(new StoredChunk(
                    docId + "#" + i,
                    docId,
                    version,
                    "Title of " + docId,
                    "https://example.org/" + docId,
                    texts.get(i),
                    category,
                    locale,
                    sourceType,
                    confidence,
                    origin));
        }
        collection.replaceDocument(docId, chunks, vectors);
    }

    private static List<String> docIds(List<IndexedChunk> hits) {
        return hits.stream().map(IndexedChunk::docId).toList();
    }

    protected static float[] v(float... values) {
        return values;
    }
}
