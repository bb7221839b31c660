package io.aura360.vector.reembed;

/** Told after each document of a re-embedding run: how many chunks are embedded so far, out of how many. */
@FunctionalInterface
public interface ReembedProgress {

    ReembedProgress NONE = (done, total) -> {};

    void embedded(int done, int total);
}
