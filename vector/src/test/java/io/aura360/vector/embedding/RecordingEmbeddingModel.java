package io.aura360.vector.embedding;

import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic two-dimensional model for the decorators' tests: each text gets {@code [length, 1]}, a distinct
 * vector per length as a real model gives a distinct one per text, and every call is recorded.
 */
final class RecordingEmbeddingModel implements EmbeddingProvider {

    /** Queries embedded, in order. */
    final List<String> queries = new ArrayList<>();

    /** Passages embedded, in order. */
    final List<String> passages = new ArrayList<>();

    @Override
    public String modelId() {
        return "recording@1";
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public float[] embedQuery(String query) {
        queries.add(query);
        return vectorOf(query);
    }

    @Override
    public List<float[]> embedDocuments(List<String> texts) {
        passages.addAll(texts);
        return texts.stream().map(RecordingEmbeddingModel::vectorOf).toList();
    }

    static float[] vectorOf(String text) {
        return new float[] {text.length(), 1};
    }
}
