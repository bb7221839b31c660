package io.aura360.vector.ingest;

/** What an ingestion run did, document by document, and how many chunks it embedded. */
public record IngestReport(int added, int updated, int unchanged, int removed, int chunksEmbedded) {

    public int documents() {
        return added + updated + unchanged;
    }
}
