package io.aura360.vector.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEmbeddingProviderTest {

    @Test
    void embedsARepeatedQueryOnce() {
        RecordingEmbeddingModel model = new RecordingEmbeddingModel();
        CachingEmbeddingProvider cached = new CachingEmbeddingProvider(model, 100);

        float[] first = cached.embedQuery("sleep better");
        float[] second = cached.embedQuery("sleep better");

        assertThat(second).containsExactly(first);
        assertThat(model.queries).containsExactly("sleep better");
    }

    @Test
    void handsOutCopiesSoACallerCannotCorruptTheCache() {
        CachingEmbeddingProvider cached = new CachingEmbeddingProvider(new RecordingEmbeddingModel(), 100);

        cached.embedQuery("walk")[0] = 99;

        assertThat(cached.embedQuery("walk")[0]).isEqualTo(4f);
    }

    @Test
    void neverCachesDocumentsAndKeepsTheModelIdentity() {
        RecordingEmbeddingModel model = new RecordingEmbeddingModel();
        CachingEmbeddingProvider cached = new CachingEmbeddingProvider(model, 100);

        cached.embedDocuments(List.of("a", "a"));

        assertThat(model.passages).containsExactly("a", "a");
        assertThat(cached.modelId()).isEqualTo("recording@1");
        assertThat(cached.dimension()).isEqualTo(2);
    }
}
