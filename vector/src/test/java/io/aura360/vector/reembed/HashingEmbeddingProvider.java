package io.aura360.vector.reembed;

import io.aura360.vector.embedding.EmbeddingProvider;
import java.util.List;
import java.util.Locale;

/**
 * A small real embedding model of another family than bge: feature hashing of lower-cased words into
 * {@code dimension} buckets, L2-normalised. It stands for "the model the collection was built with before".
 */
final class HashingEmbeddingProvider implements EmbeddingProvider {

    private final int dimension;

    HashingEmbeddingProvider(int dimension) {
        this.dimension = dimension;
    }

    @Override
    public String modelId() {
        return "feature-hashing-" + dimension + "@1";
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[] embedQuery(String query) {
        return embed(query);
    }

    @Override
    public List<float[]> embedDocuments(List<String> passages) {
        return passages.stream().map(this::embed).toList();
    }

    private float[] embed(String text) {
        float[] vector = new float[dimension];
        for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (!word.isEmpty()) {
                vector[Math.floorMod(word.hashCode(), dimension)] += 1;
            }
        }
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        for (int i = 0; i < dimension; i++) {
            vector[i] /= (float) Math.sqrt(norm);
        }
        return vector;
    }
}
