package io.aura360.vector.embedding;

import java.util.List;

/**
 * Turns text into L2-normalised vectors of a fixed {@link #dimension()}. Queries and documents are embedded
 * separately because asymmetric models (bge, e5) expect a different prefix for each. Implementations never
 * return a padded, truncated, random or zero vector: they fail instead.
 */
public interface EmbeddingProvider {

    /** Stable id of the model and its version, recorded with every indexed vector. */
    String modelId();

    int dimension();

    float[] embedQuery(String query);

    List<float[]> embedDocuments(List<String> passages);
}
