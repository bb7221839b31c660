package io.aura360.vector.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEmbeddingProviderTest {

    /** Counts calls and returns a distinct vector per text, like a real model would. */
    private static final class CountingProvider implements EmbeddingProvider {

        final List<String> queries = new ArrayList<>();

        @Override
        public String modelId() {
            return "counting@1";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public float[] embedQuery(String query) {
            queries.add(query);
            return new float[] {query.length(), 1};
        }

        @Override
        public List<float[]> embedDocuments(List<String> passages) {
            return passages.stream().map(this::embedQuery).toList();
        }
    }

    @Test
    void embedsARepeatedQueryOnce() {
        CountingProvider model = new CountingProvider();
        CachingEmbeddingProvider cached = new CachingEmbeddingProvider(model, 100);

        float[] first = cached.embedQuery("sleep better");
        float[] second = cached.embedQuery("sleep better");

        assertThat(second).containsExactly(first);
        assertThat(model.queries).containsExactly("sleep better");
    }

    @Test
    void handsOutCopiesSoACallerCannotCorruptTheCache() {
        CachingEmbeddingProvider cached = new CachingEmbeddingProvider(new CountingProvider(), 100);

        cached.embedQuery("walk")[0] = 99;

        assertThat(cached.embedQuery("walk")[0]).isEqualTo(4f);
    }

    @Test
    void neverCachesDocumentsAndKeepsTheModelIdentity() {
        CountingProvider model = new CountingProvider();
        CachingEmbeddingProvider cached = new CachingEmbeddingProvider(model, 100);

        cached.embedDocuments(List.of("a", "a"));

        assertThat(model.queries).hasSize(2);
        assertThat(cached.modelId()).isEqualTo("counting@1");
        assertThat(cached.dimension()).isEqualTo(2);
    }
}
