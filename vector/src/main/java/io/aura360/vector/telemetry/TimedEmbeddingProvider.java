package io.aura360.vector.telemetry;

import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.embedding.ForwardingEmbeddingProvider;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;

/**
 * Times the model in {@code aura.embedding} (by model) and counts the chunks embedded for the index in
 * {@code aura.ingest.chunks}. Wrap the model itself, inside any cache, so that cache hits are not timed as
 * model calls.
 */
public final class TimedEmbeddingProvider extends ForwardingEmbeddingProvider {

    private final Timer embedding;

    private final Counter chunks;

    public TimedEmbeddingProvider(EmbeddingProvider delegate, MeterRegistry meters) {
        super(delegate);
        this.embedding = Timer.builder("aura.embedding")
                .description("Calls to the embedding model (one query, or one batch of chunks)")
                .tag("model", delegate.modelId())
                .publishPercentileHistogram()
                .register(meters);
        this.chunks = Counter.builder("aura.ingest.chunks")
                .description("Chunks embedded for the knowledge index")
                .register(meters);
    }

    @Override
    public float[] embedQuery(String query) {
        return embedding.record(() -> delegate().embedQuery(query));
    }

    @Override
    public List<float[]> embedDocuments(List<String> passages) {
        List<float[]> vectors = embedding.record(() -> delegate().embedDocuments(passages));
        chunks.increment(passages.size());
        return vectors;
    }
}
