package io.aura360.contracts.vector;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One retrieved chunk. {@code docId} is the document's own id (front matter {@code id});
 * {@code sourceId} names this chunk of it and is what advice cites. {@code matchedChunks} is filled only when
 * results are grouped by document: the source ids of every chunk of the document that matched, best first (the
 * first is this hit's own chunk). {@code context} is filled only when the search asks for {@code context_chunks}:
 * the chunks around this hit's chunk in its document, in document order.
 */
public record EvidenceHit(
        @JsonProperty("source_id") String sourceId,
        @JsonProperty("doc_id") String docId,
        String url,
        String chunk,
        double score,

        @JsonProperty("matched_chunks") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<String> matchedChunks,

        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ContextChunk> context) {

    public EvidenceHit {
        matchedChunks = (matchedChunks != null) ? List.copyOf(matchedChunks) : List.of();
        context = (context != null) ? List.copyOf(context) : List.of();
    }

    public EvidenceHit(String sourceId, String docId, String url, String chunk, double score) {
        this(sourceId, docId, url, chunk, score, List.of(), List.of());
    }

    public EvidenceHit(
            String sourceId, String docId, String url, String chunk, double score, List<String> matchedChunks) {
        this(sourceId, docId, url, chunk, score, matchedChunks, List.of());
    }

    /** This hit with the chunks around it. */
    public EvidenceHit withContext(List<ContextChunk> around) {
        return new EvidenceHit(sourceId, docId, url, chunk, score, matchedChunks, around);
    }
}
