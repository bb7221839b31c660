package io.aura360.vector.store;

/** A stored chunk as the index returns it, with the raw score of the search that found it. */
public record IndexedChunk(String sourceId, String docId, String url, String title, String chunk, float score) {

    /** The same chunk as found by another search. */
    public IndexedChunk withScore(float newScore) {
        return new IndexedChunk(sourceId, docId, url, title, chunk, newScore);
    }
}
