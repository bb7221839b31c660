package io.aura360.vector.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aura360.contracts.vector.ContextChunk;
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
import io.aura360.vector.search.MergedEvidenceSearch;
import io.aura360.vector.search.NeighbourChunks;
import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.KnowledgeCollection;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * {@code context_chunks} on real Lucene collections: each result carries the chunks around it in its document, as
 * the chunker cut them, in document order; the edges of a document have fewer; the merged search finds the
 * neighbours in the collection the hit came from. Bad values are among DocumentGroupingApiTest's bad bodies.
 */
class NeighbourChunksApiTest {

    private static final BgeSmallEmbeddingProvider embeddings = new BgeSmallEmbeddingProvider();

    private static final Chunker CHUNKER = new Chunker(120);

    /** One rare word per sentence, so a keyword search lands on a known chunk. */
    private static final String STEPS = "Walking after meals lowers the blood sugar peak, say the zeppelin notes. "
            + "A short walk of ten minutes is enough to start, according to the quokka trial. "
            + "Stairs count as a brisk walk when the pace stays steady, as the marmalade study found. "
            + "Counting steps with a phone keeps the habit visible for weeks, reports the xylophone survey. "
            + "Rest days matter as much as walking days for tired knees, the origami review adds.";

    private static final String TEA = "Green tea has some caffeine, less than coffee, notes the tangerine guide. "
            + "A cup in the early afternoon rarely disturbs sleep for most adults, the walrus panel says. "
            + "Herbal infusions have no caffeine and suit the evening, the lighthouse leaflet explains.";

    @TempDir
    static Path directory;

    private static LuceneKnowledgeStore store;

    private static NeighbourChunks search;

    private static MockMvc mvc;

    @BeforeAll
    static void ingest() {
        store = new LuceneKnowledgeStore(directory);
        KnowledgeCollection served = collection("holistic_memory", document("steps", STEPS));
        KnowledgeCollection extra = collection("extra_tea", document("tea", TEA));
        MergedEvidenceSearch merged = new MergedEvidenceSearch(
                List.of(new HybridEvidenceSearch(served, embeddings), new HybridEvidenceSearch(extra, embeddings)),
                Optional.empty());
        search = new NeighbourChunks(new DocumentGroupedSearch(merged), List.of(served, extra));
        mvc = MockMvcBuilders.standaloneSetup(new VectorSearchController(search, served))
                .build();
        assertThat(CHUNKER.chunk(STEPS))
                .as("the document really has several chunks")
                .hasSizeGreaterThan(3);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void eachResultCarriesTheChunksAroundItAsTheChunkerCutThem() {
        EvidenceHit hit = top("marmalade", 1, SearchGrouping.CHUNK);

        int ordinal = ordinal(hit);
        List<String> chunks = CHUNKER.chunk(STEPS);
        assertThat(hit.chunk()).isEqualTo(chunks.get(ordinal));
        assertThat(ordinal).as("the hit is inside the document").isBetween(1, chunks.size() - 2);
        assertThat(hit.context())
                .containsExactly(
                        new ContextChunk("steps#" + (ordinal - 1), -1, chunks.get(ordinal - 1)),
                        new ContextChunk("steps#" + (ordinal + 1), 1, chunks.get(ordinal + 1)));
    }

    @Test
    void theEdgesOfADocumentHaveNeighboursOnOneSideOnly() {
        List<String> chunks = CHUNKER.chunk(STEPS);

        EvidenceHit first = top("zeppelin", 2, SearchGrouping.CHUNK);
        EvidenceHit last = top("origami", 2, SearchGrouping.CHUNK);

        assertThat(ordinal(first)).isZero();
        assertThat(first.context()).extracting(ContextChunk::offset).containsExactly(1, 2);
        assertThat(first.context()).extracting(ContextChunk::chunk).containsExactly(chunks.get(1), chunks.get(2));
        assertThat(ordinal(last)).isEqualTo(chunks.size() - 1);
        assertThat(last.context()).extracting(ContextChunk::offset).containsExactly(-2, -1);
    }

    @Test
    void aDocumentResultCarriesTheContextOfItsBestChunk() {
        EvidenceHit document = top("xylophone", 1, SearchGrouping.DOCUMENT);

        assertThat(document.matchedChunks()).first().isEqualTo(document.sourceId());
        assertThat(document.context())
                .extracting(ContextChunk::sourceId)
                .containsExactly("steps#" + (ordinal(document) - 1), "steps#" + (ordinal(document) + 1));
    }

    @Test
    void theNeighboursOfAHitFromAMergedCollectionComeFromThatCollection() {
        EvidenceHit hit = top("walrus", 1, SearchGrouping.CHUNK);

        List<String> chunks = CHUNKER.chunk(TEA);
        assertThat(hit.docId()).isEqualTo("tea");
        assertThat(hit.context())
                .extracting(ContextChunk::chunk)
                .containsExactly(chunks.get(ordinal(hit) - 1), chunks.get(ordinal(hit) + 1));
    }

    @Test
    void noContextUnlessAskedAndTheWireNamesIt() throws Exception {
        mvc.perform(post("/vector/v1/search")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"query\": \"quokka\", \"top_k\": 1, \"mode\": \"bm25\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].context").doesNotExist());
        mvc.perform(post("/vector/v1/search")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"query\": \"quokka\", \"top_k\": 1, \"mode\": \"bm25\", \"context_chunks\": 1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].context[0].source_id").value("steps#0"))
                .andExpect(jsonPath("$.results[0].context[0].offset").value(-1))
                .andExpect(jsonPath("$.results[0].context[1].offset").value(1));
    }

    private static EvidenceHit top(String word, int context, SearchGrouping grouping) {
        SearchRequest request = new SearchRequest(word, 1, SearchMode.BM25, SearchFilters.NONE, grouping, context);
        return search.search(request).results().get(0);
    }

    private static int ordinal(EvidenceHit hit) {
        return Integer.parseInt(hit.sourceId().substring(hit.sourceId().indexOf('#') + 1));
    }

    private static KnowledgeCollection collection(String name, KnowledgeDocument document) {
        KnowledgeCollection collection =
                store.create(new CollectionSpec(name, embeddings.modelId(), embeddings.dimension()));
        new KnowledgeIngestor(collection, embeddings, CHUNKER).synchronise(List.of(document), "test");
        return collection;
    }

    private static KnowledgeDocument document(String id, String body) {
        return new KnowledgeDocument(
                id, id, "body", "en", "public_health_agency", 0.9, "https://example.org/" + id, body);
    }
}
