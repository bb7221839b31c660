package io.aura360.vector.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.SearchFilters;
import io.aura360.contracts.vector.SearchGrouping;
import io.aura360.contracts.vector.SearchMode;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.index.LuceneKnowledgeStore;
import io.aura360.vector.ingest.Chunker;
import io.aura360.vector.ingest.KnowledgeDocument;
import io.aura360.vector.ingest.KnowledgeIngestor;
import io.aura360.vector.search.DocumentGroupedSearch;
import io.aura360.vector.search.HybridEvidenceSearch;
import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.KnowledgeCollection;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * {@code group_by=document} on a real Lucene index: documents of several chunks collapse to one result scored by
 * their best chunk, top_k counts documents, filters still apply, and bad bodies are 400 problems.
 */
class DocumentGroupingApiTest {

    private static final BgeSmallEmbeddingProvider embeddings = new BgeSmallEmbeddingProvider();

    /** Each long document splits into several chunks that all mention sleep. */
    private static final String SLEEP_SENTENCES =
            "Sleep matters for adults every night. A regular sleep schedule helps "
                    + "the body. Sleep in a dark and cool room. Avoid caffeine before sleep in the evening. Screens late at "
                    + "night delay sleep. A short nap can help sleep debt. Morning light sets the sleep clock. ";

    @TempDir
    static Path directory;

    private static LuceneKnowledgeStore store;

    private static DocumentGroupedSearch search;

    private static MockMvc mvc;

    @BeforeAll
    static void ingestLongDocuments() {
        store = new LuceneKnowledgeStore(directory);
        KnowledgeCollection collection =
                store.create(new CollectionSpec("holistic_memory", embeddings.modelId(), embeddings.dimension()));
        List<KnowledgeDocument> documents = List.of(
                document("sleep-a", "en", SLEEP_SENTENCES + SLEEP_SENTENCES),
                document("sleep-b", "en", SLEEP_SENTENCES),
                document("sleep-c", "en", SLEEP_SENTENCES),
                document("sleep-d", "en", SLEEP_SENTENCES + SLEEP_SENTENCES),
                document("sleep-es", "es", "Dormir bien: sleep siete horas. " + SLEEP_SENTENCES));
        new KnowledgeIngestor(collection, embeddings, new Chunker(120)).synchronise(documents, "test");
        search = new DocumentGroupedSearch(new HybridEvidenceSearch(collection, embeddings));
        mvc = MockMvcBuilders.standaloneSetup(new VectorSearchController(search, collection))
                .build();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void chunksOfOneDocumentCollapseToItsBestChunk() {
        List<EvidenceHit> chunks = search.search(request(10, SearchGrouping.CHUNK, SearchFilters.NONE))
                .results();
        assertThat(chunks.stream().map(EvidenceHit::docId).distinct().count())
                .as("the corpus really has documents of several chunks")
                .isLessThan(chunks.size());

        List<EvidenceHit> documents = search.search(request(3, SearchGrouping.DOCUMENT, SearchFilters.NONE))
                .results();

        assertThat(documents).hasSize(3);
        assertThat(documents).extracting(EvidenceHit::docId).doesNotHaveDuplicates();
        assertThat(documents).extracting(EvidenceHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        for (EvidenceHit document : documents) {
            EvidenceHit best = chunks.stream()
                    .filter(c -> c.docId().equals(document.docId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(document.sourceId()).isEqualTo(best.sourceId());
            assertThat(document.chunk()).isEqualTo(best.chunk());
            assertThat(document.score()).isEqualTo(best.score());
            assertThat(document.matchedChunks()).first().isEqualTo(document.sourceId());
            assertThat(document.matchedChunks()).allMatch(id -> id.startsWith(document.docId()));
        }
        assertThat(documents.stream()
                        .mapToInt(d -> d.matchedChunks().size())
                        .max()
                        .orElseThrow())
                .isGreaterThan(1);
    }

    @Test
    void topKCountsDocumentsNotChunks() {
        List<EvidenceHit> documents = search.search(request(5, SearchGrouping.DOCUMENT, SearchFilters.NONE))
                .results();

        assertThat(documents)
                .extracting(EvidenceHit::docId)
                .containsExactlyInAnyOrder("sleep-a", "sleep-b", "sleep-c", "sleep-d", "sleep-es");
    }

    @Test
    void filtersStillApplyToGroupedResults() {
        Set<String> found = search
                .search(request(5, SearchGrouping.DOCUMENT, new SearchFilters(null, "es", null, null)))
                .results()
                .stream()
                .map(EvidenceHit::docId)
                .collect(Collectors.toSet());

        assertThat(found).containsExactly("sleep-es");
    }

    @Test
    void chunkResultsCarryNoMatchedChunksOnTheWire() throws Exception {
        mvc.perform(post("/vector/v1/search")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"query\": \"sleep\", \"top_k\": 3, \"mode\": \"bm25\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results.length()").value(3))
                .andExpect(jsonPath("$.results[0].matched_chunks").doesNotExist());
        mvc.perform(post("/vector/v1/search")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"query\": \"sleep\", \"top_k\": 2, \"mode\": \"bm25\", \"group_by\": \"document\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results.length()").value(2))
                .andExpect(jsonPath("$.results[0].matched_chunks[0]").exists());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"query\": \"sleep\", \"top_k\": 3, \"group_by\": \"paragraph\"}",
                "{\"query\": \"sleep\", \"top_k\": 3, \"group_by\": 7}",
                "{\"query\": \"sleep\", \"top_k\": 0}",
                "{\"query\": \" \", \"top_k\": 3}",
                "{\"query\": \"sleep\", \"top_k\": 3, \"mode\": \"fuzzy\"}",
                "{\"query\": \"sleep\", \"top_k\": 3, \"context_chunks\": 3}",
                "{\"query\": \"sleep\", \"top_k\": 3, \"context_chunks\": -1}",
                "{\"query\": \"sleep\", \"top_k\": 3, \"context_chunks\": \"two\"}",
                "{\"query\": \"sleep\", \"top_k\": 3, \"context_chunks\": 99999999999}",
                "not json"
            })
    void badBodiesAreStableProblems(String body) throws Exception {
        mvc.perform(post("/vector/v1/search")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://aura360.io/problems/invalid-search-request"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
    }

    private static SearchRequest request(int topK, SearchGrouping groupBy, SearchFilters filters) {
        return new SearchRequest("sleep at night", topK, SearchMode.BM25, filters, groupBy);
    }

    private static KnowledgeDocument document(String id, String locale, String body) {
        return new KnowledgeDocument(
                id, id, "body", locale, "public_health_agency", 0.9, "https://example.org/" + id, body);
    }
}
