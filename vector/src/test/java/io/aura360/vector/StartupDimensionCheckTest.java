package io.aura360.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.index.LuceneKnowledgeStore;
import io.aura360.vector.qdrant.QdrantKnowledgeStore;
import io.aura360.vector.qdrant.QdrantTestServer;
import io.aura360.vector.reembed.ReembedProperties;
import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.DimensionMismatchException;
import io.aura360.vector.store.KnowledgeStore;
import io.aura360.vector.store.ServingCollection;
import io.aura360.vector.store.StoreProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At start the configured model is checked against the served and the merged collections, on both backends. */
class StartupDimensionCheckTest {

    private static final BgeSmallEmbeddingProvider BGE = new BgeSmallEmbeddingProvider();

    private final VectorStoreConfiguration configuration = new VectorStoreConfiguration();

    @TempDir
    Path directory;

    @Test
    void refusesToServeALuceneCollectionOfAnotherDimensionNamingBoth() {
        try (KnowledgeStore store = new LuceneKnowledgeStore(directory)) {
            assertRefusedThenToleratedForReembedding(store);
        }
    }

    @Test
    void refusesToServeAQdrantCollectionOfAnotherDimensionNamingBoth() {
        try (QdrantTestServer server = new QdrantTestServer();
                KnowledgeStore store = QdrantKnowledgeStore.connect(server.url(), null, Duration.ofSeconds(10))) {
            assertRefusedThenToleratedForReembedding(store);
        }
    }

    @Test
    void refusesAMergeCollectionThatDoesNotExist() {
        try (KnowledgeStore store = new LuceneKnowledgeStore(directory)) {
            StoreProperties merging = new StoreProperties(null, null, null, "memory", List.of("missing"), null, null);

            assertThatThrownBy(() ->
                            configuration.servingCollection(store, merging, BGE, new ReembedProperties(null, null)))
                    .hasMessageContaining("merge collection missing does not exist");
        }
    }

    private void assertRefusedThenToleratedForReembedding(KnowledgeStore store) {
        store.create(new CollectionSpec("memory_g1", "e5-large@1", 1024));
        store.pointAlias("memory", "memory_g1");
        StoreProperties properties = new StoreProperties(null, "http://unused:6334", null, "memory", null, null, null);

        assertThatThrownBy(() ->
                        configuration.servingCollection(store, properties, BGE, new ReembedProperties(null, false)))
                .isInstanceOf(DimensionMismatchException.class)
                .hasMessageContaining("memory_g1")
                .hasMessageContaining("1024-dimensional vectors of model e5-large@1")
                .hasMessageContaining(BGE.modelId() + " produces 384 dimensions");

        ServingCollection serving =
                configuration.servingCollection(store, properties, BGE, new ReembedProperties(null, true));
        assertThat(serving.current().spec().name()).isEqualTo("memory_g1");
    }
}
