package io.aura360.vector.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.vector.SearchMode;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.vector.embedding.EmbeddingProvider;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimedVectorTelemetryTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void timesSearchesByModeAndBackend() {
        TimedEvidenceSearch search = new TimedEvidenceSearch(
                request -> new SearchResponse("holistic_memory", "model", List.of()), "lucene", meters);

        search.search(new SearchRequest("sleep", 3, null, null));
        search.search(new SearchRequest("sleep", 3, SearchMode.BM25, null));

        assertThat(meters.get("aura.search")
                        .tag("mode", "hybrid")
                        .tag("backend", "lucene")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get("aura.search")
                        .tag("mode", "bm25")
                        .tag("backend", "lucene")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void timesTheModelAndCountsTheChunksEmbeddedForTheIndex() {
        TimedEmbeddingProvider embeddings = new TimedEmbeddingProvider(new FixedModel(), meters);

        embeddings.embedQuery("sleep");
        embeddings.embedDocuments(List.of("one", "two", "three"));

        assertThat(meters.get("aura.embedding").tag("model", "fixed-2d").timer().count())
                .isEqualTo(2);
        assertThat(meters.get("aura.ingest.chunks").counter().count()).isEqualTo(3);
        assertThat(embeddings.modelId()).isEqualTo("fixed-2d");
        assertThat(embeddings.dimension()).isEqualTo(2);
    }

    /** A two-dimensional model that maps every text to the same unit vector. */
    private static final class FixedModel implements EmbeddingProvider {

        @Override
        public String modelId() {
            return "fixed-2d";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public float[] embedQuery(String query) {
            return new float[] {1, 0};
        }

        @Override
        public List<float[]> embedDocuments(List<String> passages) {
            return passages.stream().map(this::embedQuery).toList();
        }
    }
}
