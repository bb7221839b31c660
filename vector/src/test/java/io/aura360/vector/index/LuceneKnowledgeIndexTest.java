package io.aura360.vector.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aura360.contracts.vector.SearchFilters;
import io.aura360.vector.ingest.KnowledgeDocument;
import io.aura360.vector.store.DimensionMismatchException;
import io.aura360.vector.store.IndexedChunk;
import io.aura360.vector.store.KnowledgeCollection;
import io.aura360.vector.text.TextAnalyzers;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneKnowledgeIndexTest {

    private static final String MODEL = "test-model@1";

    private static final int DIMENSION = 4;

    private static final KnowledgeDocument WALKING = new KnowledgeDocument(
            "body-en-walking",
            "Walking every day",
            "body",
            "en",
            "peer_reviewed",
            0.85,
            "https://example.org/walking",
            "Walk briskly. Take the stairs.");

    private static final KnowledgeDocument SUENO = new KnowledgeDocument(
            "body-es-sueno", "Dormir bien", "body", "es", "public_health_agency", 0.9, null, "Duerme ocho horas.");

    @TempDir
    Path directory;

    private LuceneKnowledgeIndex index;

    @BeforeEach
    void open() {
        index = LuceneKnowledgeIndex.open(directory, MODEL, DIMENSION);
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
    }

    @Test
    void makesReplacedChunksSearchableOnlyAfterCommit() {
        replace(
                index,
                WALKING,
                "starter",
                List.of("Walk briskly.", "Take the stairs."),
                List.of(vector(1, 0, 0, 0), vector(0, 1, 0, 0)));

        assertThat(index.chunkCount()).isZero();
        assertThat(nearest(vector(0, 1, 0, 0))).isEmpty();

        index.commit();

        assertThat(index.chunkCount()).isEqualTo(2);
        List<IndexedChunk> hits = nearest(vector(0, 1, 0.1f, 0));
        assertThat(hits).extracting(IndexedChunk::sourceId).containsExactly("body-en-walking#1", "body-en-walking#0");
        assertThat(hits.get(0)).satisfies(hit -> {
            assertThat(hit.docId()).isEqualTo("body-en-walking");
            assertThat(hit.title()).isEqualTo("Walking every day");
            assertThat(hit.url()).isEqualTo("https://example.org/walking");
            assertThat(hit.chunk()).isEqualTo("Take the stairs.");
        });
    }

    @Test
    void indexesTextInTheFieldOfTheDocumentLocaleWithItsStemmer() {
        replace(index, WALKING, "starter", List.of("Walk briskly."), List.of(vector(1, 0, 0, 0)));
        replace(index, SUENO, "starter", List.of("Cena verduras."), List.of(vector(0, 1, 0, 0)));
        index.commit();

        assertThat(lexical(TextAnalyzers.textField("en"), "walking"))
                .extracting(IndexedChunk::docId)
                .containsExactly("body-en-walking");
        assertThat(lexical(TextAnalyzers.textField("es"), "verdura"))
                .extracting(IndexedChunk::docId)
                .containsExactly("body-es-sueno");
        assertThat(lexical(TextAnalyzers.textField("en"), "verduras")).isEmpty();
        assertThat(lexical(TextAnalyzers.textField("es"), "dormir"))
                .as("the title is searchable too")
                .extracting(IndexedChunk::docId)
                .containsExactly("body-es-sueno");
    }

    @Test
    void bridgesAQueryInAnotherLanguageThanTheFilteredLocaleByCognatePrefixes() {
        KnowledgeDocument history = new KnowledgeDocument(
                "mind-en-university", "Campus life", "mind", "en", "expert_opinion", 0.8, null, "x");
        KnowledgeDocument historia = new KnowledgeDocument(
                "mind-es-universidad", "Vida universitaria", "mind", "es", "expert_opinion", 0.8, null, "x");
        replace(index, WALKING, "starter", List.of("Walk briskly. Take the stairs."), List.of(vector(1, 0, 0, 0)));
        replace(
                index,
                history,
                "starter",
                List.of("The university keeps a history of its students."),
                List.of(vector(0, 1, 0, 0)));
        replace(
                index,
                historia,
                "starter",
                List.of("La universidad guarda la historia de sus estudiantes."),
                List.of(vector(0, 0, 1, 0)));
        index.commit();

        assertThat(index.keyword("¿Dónde guarda la universidad la historia de sus estudiantes?", locale("en"), 5))
                .extracting(IndexedChunk::docId)
                .containsExactly("mind-en-university");
        assertThat(index.keyword("Where does the university keep the history of its students?", locale("es"), 5))
                .extracting(IndexedChunk::docId)
                .containsExactly("mind-es-universidad");
        // In the documents' own language only the words themselves match: "historic" is not "history".
        assertThat(index.keyword("historic buildings", locale("en"), 5)).isEmpty();
    }

    @Test
    void replacesAllChunksOfAChangedDocument() {
        replace(
                index,
                WALKING,
                "starter",
                List.of("one.", "two.", "three."),
                List.of(vector(1, 0, 0, 0), vector(0, 1, 0, 0), vector(0, 0, 1, 0)));
        index.commit();

        KnowledgeDocument changed = new KnowledgeDocument(
                WALKING.id(), WALKING.title(), "body", "en", "peer_reviewed", 0.85, null, "Only one sentence now.");
        replace(index, changed, "starter", List.of("Only one sentence now."), List.of(vector(0, 0, 0, 1)));
        index.commit();

        assertThat(index.chunkCount()).isEqualTo(1);
        assertThat(nearest(vector(1, 0, 0, 0)))
                .extracting(IndexedChunk::chunk)
                .containsExactly("Only one sentence now.");
        assertThat(index.storedVersion(WALKING.id())).contains(changed.version());
    }

    @Test
    void answersARepeatedHitWithItsOwnScoreAndTheTextOfTheLatestIngest() {
        replace(index, WALKING, "starter", List.of("Walk briskly."), List.of(vector(1, 0, 0, 0)));
        index.commit();
        IndexedChunk first = nearest(vector(1, 0, 0, 0)).getFirst();
        IndexedChunk again = nearest(vector(1, 1, 0, 0)).getFirst(); // the same chunk, found by another query

        assertThat(again.chunk()).isEqualTo("Walk briskly.");
        assertThat(again.score()).isLessThan(first.score());

        KnowledgeDocument changed = new KnowledgeDocument(
                WALKING.id(), "Walking, revised", "body", "en", "peer_reviewed", 0.85, null, "Walk slowly.");
        replace(index, changed, "starter", List.of("Walk slowly."), List.of(vector(1, 0, 0, 0)));
        index.commit();

        assertThat(nearest(vector(1, 0, 0, 0)).getFirst()).satisfies(hit -> {
            assertThat(hit.chunk()).isEqualTo("Walk slowly.");
            assertThat(hit.title()).isEqualTo("Walking, revised");
            assertThat(hit.score()).isEqualTo(first.score());
        });
    }

    @Test
    void storesTheContentVersionOfEachDocument() {
        replace(index, WALKING, "starter", List.of("Walk."), List.of(vector(1, 0, 0, 0)));
        index.commit();

        assertThat(index.storedVersion("body-en-walking")).contains(WALKING.version());
        assertThat(WALKING.version()).hasSize(64).isNotEqualTo(SUENO.version());
        assertThat(index.storedVersion("body-es-sueno")).isEmpty();
    }

    @Test
    void deletesEveryChunkOfADocument() {
        replace(index, WALKING, "starter", List.of("one.", "two."), List.of(vector(1, 0, 0, 0), vector(0, 1, 0, 0)));
        replace(index, SUENO, "starter", List.of("tres."), List.of(vector(0, 0, 1, 0)));
        index.commit();

        index.deleteDocument(WALKING.id());
        index.commit();

        assertThat(index.chunkCount()).isEqualTo(1);
        assertThat(index.storedVersion(WALKING.id())).isEmpty();
        assertThat(index.documentIds("starter")).containsExactly(SUENO.id());
    }

    @Test
    void listsOnlyTheDocumentsOfTheGivenOrigin() {
        replace(index, WALKING, "starter", List.of("Walk."), List.of(vector(1, 0, 0, 0)));
        replace(index, SUENO, "uploads", List.of("Duerme."), List.of(vector(0, 1, 0, 0)));
        index.commit();

        assertThat(index.documentIds("starter")).containsExactly(WALKING.id());
        assertThat(index.documentIds("uploads")).containsExactly(SUENO.id());
        assertThat(index.documentIds("elsewhere")).isEmpty();
    }

    @Test
    void listsNoDocumentsOfAnEmptyCollection() {
        assertThat(index.documentIds("starter")).isEmpty();
        assertThat(index.chunkCount()).isZero();
    }

    @Test
    void rejectsAVectorOfTheWrongLength() {
        float[] right = vector(1, 0, 0, 0);

        assertThat(index.requireDimension(right)).isSameAs(right);
        assertThatThrownBy(() -> index.requireDimension(new float[] {1, 0, 0}))
                .isInstanceOf(DimensionMismatchException.class)
                .hasMessageContaining("3 dimensions")
                .hasMessageContaining("4-dimensional");
        assertThatThrownBy(() -> index.requireDimension(new float[] {1, 0, 0, 0, 0}))
                .isInstanceOf(DimensionMismatchException.class);
    }

    @Test
    void refusesToIndexAChunkWithAVectorOfTheWrongLength() {
        assertThatThrownBy(() -> replace(
                        index, WALKING, "starter", List.of("one.", "two."), List.of(vector(1, 0, 0, 0), new float[] {
                            1, 0
                        })))
                .isInstanceOf(DimensionMismatchException.class);
        index.commit();

        assertThat(index.chunkCount())
                .as("no chunk of the refused document is written")
                .isZero();
    }

    @Test
    void refusesChunksWithoutOneVectorEach() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> replace(index, WALKING, "starter", List.of("one.", "two."), List.of(vector(1, 0, 0, 0))))
                .withMessageContaining("one vector per chunk");
    }

    @Test
    void refusesToReopenACollectionWithAnotherDimensionNamingBoth() {
        replace(index, WALKING, "starter", List.of("Walk."), List.of(vector(1, 0, 0, 0)));
        index.commit();
        index.close();
        index = null;

        assertThatThrownBy(() -> LuceneKnowledgeIndex.open(directory, "other-model@2", 8))
                .isInstanceOf(DimensionMismatchException.class)
                .hasMessageContaining("holistic_memory")
                .hasMessageContaining("4-dimensional")
                .hasMessageContaining("8 dimensions")
                .hasMessageContaining(MODEL)
                .hasMessageContaining("other-model@2");

        index = LuceneKnowledgeIndex.open(directory, MODEL, DIMENSION);
        assertThat(index.storedVersion(WALKING.id()))
                .as("the refused open left the collection intact")
                .contains(WALKING.version());
    }

    @Test
    void recordsTheDimensionEvenOfAnEmptyCollection() {
        index.close();
        index = null;

        assertThatThrownBy(() -> LuceneKnowledgeIndex.open(directory, MODEL, 8))
                .isInstanceOf(DimensionMismatchException.class);
    }

    @Test
    void keepsCommittedChunksAcrossCloseAndReopen() {
        replace(
                index,
                WALKING,
                "starter",
                List.of("Walk briskly.", "Take the stairs."),
                List.of(vector(1, 0, 0, 0), vector(0, 1, 0, 0)));
        replace(index, SUENO, "uploads", List.of("Duerme ocho horas."), List.of(vector(0, 0, 1, 0)));
        index.commit();
        index.close();

        index = LuceneKnowledgeIndex.open(directory, MODEL, DIMENSION);

        assertThat(index.chunkCount()).isEqualTo(3);
        assertThat(index.storedVersion(WALKING.id())).contains(WALKING.version());
        assertThat(index.documentIds("uploads")).containsExactly(SUENO.id());
        assertThat(nearest(vector(0, 0, 1, 0)).get(0).sourceId()).isEqualTo("body-es-sueno#0");
    }

    @Test
    void describesTheCollection() {
        replace(index, WALKING, "starter", List.of("Walk."), List.of(vector(1, 0, 0, 0)));
        index.commit();

        assertThat(index.describe())
                .containsEntry("name", "holistic_memory")
                .containsEntry("distance", "cosine")
                .containsEntry("embedding_model", MODEL)
                .containsEntry("dimension", DIMENSION)
                .containsEntry("chunks", 1);
    }

    @Test
    void refusesToReopenACollectionBuiltWithAnotherModelOfTheSameDimension() {
        replace(index, WALKING, "starter", List.of("Walk."), List.of(vector(1, 0, 0, 0)));
        index.commit();
        index.close();
        index = null;

        assertThatThrownBy(() -> LuceneKnowledgeIndex.open(directory, "other-model@2", DIMENSION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(MODEL);
    }

    @Test
    void storesAndFindsGeminiWideVectorsAcrossReopening(@TempDir Path wide) {
        int dimension = 3072;
        float[] first = new float[dimension];
        float[] second = new float[dimension];
        first[0] = 1;
        second[dimension - 1] = 1;
        try (LuceneKnowledgeIndex gemini =
                LuceneKnowledgeIndex.open(wide, "gemini:gemini-embedding-001/3072", dimension)) {
            replace(gemini, WALKING, "starter", List.of("Walk briskly.", "Take the stairs."), List.of(first, second));
            gemini.commit();
        }

        try (LuceneKnowledgeIndex reopened =
                LuceneKnowledgeIndex.open(wide, "gemini:gemini-embedding-001/3072", dimension)) {
            assertThat(reopened.search(new KnnFloatVectorQuery(ChunkFields.VECTOR, second, 2), 2))
                    .extracting(IndexedChunk::sourceId)
                    .containsExactly("body-en-walking#1", "body-en-walking#0");
        }
    }

    private List<IndexedChunk> nearest(float[] query) {
        return index.search(new KnnFloatVectorQuery(ChunkFields.VECTOR, query, 10), 10);
    }

    private List<IndexedChunk> lexical(String field, String text) {
        Query query = new QueryBuilder(TextAnalyzers.analyzer()).createBooleanQuery(field, text);
        return index.search(query, 10);
    }

    private static SearchFilters locale(String locale) {
        return new SearchFilters(null, locale, null, null);
    }

    private static float[] vector(float... values) {
        return values;
    }

    /** Writes {@code document}'s chunks as ingestion does. */
    private static void replace(
            KnowledgeCollection collection,
            KnowledgeDocument document,
            String origin,
            List<String> chunks,
            List<float[]> vectors) {
        collection.replaceDocument(document.id(), document.storedChunks(origin, chunks), vectors);
    }
}
