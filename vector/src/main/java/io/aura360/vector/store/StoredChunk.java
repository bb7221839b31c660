package io.aura360.vector.store;

/**
 * One chunk with its payload, as a collection stores it: the chunk text verbatim, the document it belongs to
 * (id, content version, title, url, origin) and the fields searches filter on.
 */
public record StoredChunk(
        String sourceId,
        String docId,
        String docVersion,
        String title,
        String url,
        String chunk,
        String category,
        String locale,
        String sourceType,
        double confidence,
        String origin) {

    /** The text that was embedded: the title gives a chunk its context, the stored chunk stays verbatim. */
    public String passage() {
        return title + "\n" + chunk;
    }
}
