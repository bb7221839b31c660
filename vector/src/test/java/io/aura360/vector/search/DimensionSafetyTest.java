package io.aura360.vector.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.vector.SearchMode;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.VectorQueryRejectedException;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.index.LuceneKnowledgeStore;
import io.aura360.vector.ingest.Chunker;
import io.aura360.vector.ingest.KnowledgeDocument;
import io.aura360.vector.ingest.KnowledgeIngestor;
import io.aura360.vector.qdrant.QdrantKnowledgeStore;
import io.aura360.vector.qdrant.QdrantTestServer;
import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.DimensionMismatchException;
import io.aura360.vector.store.KnowledgeCollection;
import io.aura360.vector.store.KnowledgeStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every backend, a query or a document whose vector does not fit the collection is refused with
 * DIMENSION_MISMATCH, never padded or truncated; a query of the right length but another model is refused too.
 */
class DimensionSafetyTest {

    private static final BgeSmallEmbeddingProvider BGE = new BgeSmallEmbeddingProvider();

    @TempDir
    static Path directory;

    static Stream<Arguments> backends() {
        Function<String, KnowledgeStore> lucene = name -> new LuceneKnowledgeStore(directory.resolve(name));
        Function<String, KnowledgeStore> qdrant = name -> {
            QdrantTestServer server = new QdrantTestServer();
            return new ClosingStore(QdrantKnowledgeStore.connect(server.url(), null, Duration.ofSeconds(10)), server);
        };
        return Stream.of(arguments("lucene", lucene), arguments("qdrant", qdrant));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void refusesAQueryWhoseVectorDoesNotFitTheCollection(String backend, Function<String, KnowledgeStore> stores) {
        try (KnowledgeStore store = stores.apply("query-" + backend)) {
            KnowledgeCollection tiny = store.create(new CollectionSpec("tiny", "tiny-model@1", 8));
            HybridEvidenceSearch search = new HybridEvidenceSearch(tiny, BGE);

            assertThatExceptionOfType(VectorQueryRejectedException.class)
                    .isThrownBy(
                            () -> search.search(new SearchRequest("how to sleep better", 3, SearchMode.HYBRID, null)))
                    .satisfies(ex -> assertThat(ex.errorType()).isEqualTo(ErrorType.DIMENSION_MISMATCH))
                    .withMessageContaining("384")
                    .withMessageContaining("8-dimensional");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void refusesToIngestDocumentsEmbeddedWithAnotherDimension(String backend, Function<String, KnowledgeStore> stores) {
        try (KnowledgeStore store = stores.apply("ingest-" + backend)) {
            KnowledgeCollection tiny = store.create(new CollectionSpec("tiny", "tiny-model@1", 8));
            KnowledgeDocument sleep = new KnowledgeDocument(
                    "body-en-sleep", "Sleep", "body", "en", "peer_reviewed", 0.9, null, "Sleep seven to nine hours.");

            assertThatThrownBy(
                            () -> new KnowledgeIngestor(tiny, BGE, new Chunker(600)).synchronise(List.of(sleep), "t"))
                    .isInstanceOf(DimensionMismatchException.class);
            assertThat(tiny.chunkCount()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void refusesADenseQueryEmbeddedByAnotherModelOfTheSameDimension(
            String backend, Function<String, KnowledgeStore> stores) {
        try (KnowledgeStore store = stores.apply("model-" + backend)) {
            KnowledgeCollection other = store.create(new CollectionSpec("other", "e5-small@2", 384));
            HybridEvidenceSearch search = new HybridEvidenceSearch(other, BGE);

            assertThatExceptionOfType(VectorQueryRejectedException.class)
                    .isThrownBy(() -> search.search(new SearchRequest("sleep", 3, SearchMode.DENSE, null)))
                    .satisfies(ex -> assertThat(ex.errorType()).isEqualTo(ErrorType.EMBEDDING_MODEL_MISMATCH))
                    .withMessageContaining("e5-small@2")
                    .withMessageContaining(BGE.modelId());
        }
    }

    /** Stops the Qdrant test server with its client. */
    private record ClosingStore(KnowledgeStore delegate, QdrantTestServer server) implements KnowledgeStore {

        @Override
        public String backend() {
            return delegate.backend();
        }

        @Override
        public KnowledgeCollection create(CollectionSpec spec) {
            return delegate.create(spec);
        }

        @Override
        public Optional<KnowledgeCollection> open(String nameOrAlias) {
            return delegate.open(nameOrAlias);
        }

        @Override
        public List<String> collectionNames() {
            return delegate.collectionNames();
        }

        @Override
        public void drop(String name) {
            delegate.drop(name);
        }

        @Override
        public void pointAlias(String alias, String collection) {
            delegate.pointAlias(alias, collection);
        }

        @Override
        public Optional<String> aliasTarget(String alias) {
            return delegate.aliasTarget(alias);
        }

        @Override
        public void close() {
            delegate.close();
            server.close();
        }
    }
}
