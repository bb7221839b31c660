package io.aura360.gateway.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a client gets first when the full answer is late: excerpts of the category's fallback evidence (the same
 * kept sources a degraded answer rests on), each with its source, under a fixed notice saying it is provisional
 * and not personalised. Nothing in it is written for the user; the final answer replaces it.
 */
record ProvisionalSummary(String label, String notice, List<Highlight> highlights) {

    static final String LABEL = "provisional";

    ProvisionalSummary {
        highlights = List.copyOf(highlights);
    }

    record Highlight(@JsonProperty("source_id") String sourceId, String url, String excerpt) {}
}
