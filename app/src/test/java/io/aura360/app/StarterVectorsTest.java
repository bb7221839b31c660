package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aura360.vector.VectorProperties;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.embedding.ForwardingEmbeddingProvider;
import io.aura360.vector.embedding.StoredPassageVectors;
import io.aura360.vector.ingest.Chunker;
import io.aura360.vector.ingest.ClasspathKnowledgeBase;
import io.aura360.vector.ingest.KnowledgeIngestor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build's stored vectors cover the starter knowledge base as a first start cuts it, and are the model's own. */
class StarterVectorsTest {

    private static final class CountingModel extends ForwardingEmbeddingProvider {

        final List<String> embedded = new ArrayList<>();

        CountingModel(EmbeddingProvider model) {
            super(model);
        }

        @Override
        public List<float[]> embedDocuments(List<String> passages) {
            embedded.addAll(passages);
            return super.embedDocuments(passages);
        }
    }

    @Test
    void aFirstStartEmbedsNoStarterPassageAndGetsTheModelsVectors() {
        BgeSmallEmbeddingProvider bge = new BgeSmallEmbeddingProvider();
        CountingModel model = new CountingModel(bge);
        Chunker chunker = new Chunker(VectorProperties.DEFAULT_CHUNK_CHARS);
        List<String> passages = new ClasspathKnowledgeBase()
                .documents().stream()
                        .flatMap(document -> KnowledgeIngestor.passages(document, chunker).stream())
                        .toList();

        List<float[]> vectors = StoredPassageVectors.over(model).embedDocuments(passages);

        assertThat(passages).hasSizeGreaterThan(400);
        assertThat(model.embedded)
                .as("starter passages embedded at start: was the build's starter-vectors step skipped?")
                .isEmpty();
        int sample = passages.size() / 3;
        assertThat(vectors.get(sample))
                .containsExactly(
                        bge.embedDocuments(List.of(passages.get(sample))).getFirst(), within(1e-4f));
    }
}
