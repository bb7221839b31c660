package io.aura360.vector.search;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.vector.SearchMode;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import io.aura360.vector.embedding.EmbeddingUnavailableException;
import io.aura360.vector.embedding.GeminiEmbeddingProvider;
import io.aura360.vector.embedding.GeminiOutage;
import io.aura360.vector.index.LuceneKnowledgeStore;
import io.aura360.vector.ingest.KnowledgeDocument;
import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.KnowledgeCollection;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Gemini-embedded collection while Gemini is down: searches that need the query's vector fail as the contract's
 * {@link VectorServiceUnavailableException} ({@code EMBEDDING_UNAVAILABLE}), so agents degrade instead of
 * crashing; a keyword-only search needs no model and still answers.
 */
class EmbeddingOutageSearchTest {

    @RegisterExtension
    static WireMockExtension gemini = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    static Path directory;

    private static LuceneKnowledgeStore store;

    private static KnowledgeCollection collection;

    private static GeminiEmbeddingProvider down;

    @BeforeAll
    static void storeOneDocumentEmbeddedBeforeTheOutage() {
        down = GeminiOutage.provider(gemini);
        store = new LuceneKnowledgeStore(directory);
        collection = store.create(new CollectionSpec("holistic_memory", down.modelId(), down.dimension()));
        float[] vector = new float[down.dimension()];
        vector[0] = 1f;
        KnowledgeDocument sleep = new KnowledgeDocument(
                "body-en-sleep",
                "Sleep",
                "body",
                "en",
                "peer_reviewed",
                0.9,
                null,
                "Adults need seven to nine hours of sleep.");
        collection.replaceDocument(sleep.id(), sleep.storedChunks("test", List.of(sleep.body())), List.of(vector));
        collection.commit();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void hybridSearchIsUnavailableWithTheEmbeddingModelAsReason() {
        HybridEvidenceSearch search = new HybridEvidenceSearch(collection, down);

        assertThatExceptionOfType(VectorServiceUnavailableException.class)
                .isThrownBy(() -> search.search(new SearchRequest("how much sleep", 3, SearchMode.HYBRID, null)))
                .satisfies(ex -> assertThat(ex.errorType()).isEqualTo(ErrorType.EMBEDDING_UNAVAILABLE))
                .withCauseInstanceOf(EmbeddingUnavailableException.class)
                .withMessageContaining("gemini:gemini-embedding-001");
    }

    @Test
    void denseSearchIsUnavailableToo() {
        HybridEvidenceSearch search = new HybridEvidenceSearch(collection, down);

        assertThatExceptionOfType(VectorServiceUnavailableException.class)
                .isThrownBy(() -> search.search(new SearchRequest("how much sleep", 3, SearchMode.DENSE, null)))
                .satisfies(ex -> assertThat(ex.errorType()).isEqualTo(ErrorType.EMBEDDING_UNAVAILABLE));
    }

    @Test
    void mergedSearchAcrossCollectionsIsUnavailable() {
        MergedEvidenceSearch search =
                new MergedEvidenceSearch(List.of(new HybridEvidenceSearch(collection, down)), Optional.empty());

        assertThatExceptionOfType(VectorServiceUnavailableException.class)
                .isThrownBy(() -> search.search(new SearchRequest("how much sleep", 3, SearchMode.HYBRID, null)))
                .satisfies(ex -> assertThat(ex.errorType()).isEqualTo(ErrorType.EMBEDDING_UNAVAILABLE));
    }

    @Test
    void keywordSearchNeedsNoModelAndStillAnswers() {
        HybridEvidenceSearch search = new HybridEvidenceSearch(collection, down);

        assertThat(search.search(new SearchRequest("sleep hours", 3, SearchMode.BM25, null))
                        .results())
                .extracting(hit -> hit.docId())
                .containsExactly("body-en-sleep");
    }
}
