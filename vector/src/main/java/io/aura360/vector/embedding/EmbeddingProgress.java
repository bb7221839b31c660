package io.aura360.vector.embedding;

/**
 * Told as a long embedding run advances (the first start's starter knowledge, a re-embedding): how many items are
 * embedded so far, out of how many. The command line draws it as a progress bar.
 */
@FunctionalInterface
public interface EmbeddingProgress {

    EmbeddingProgress NONE = (done, total) -> {};

    void embedded(int done, int total);
}
