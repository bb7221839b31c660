package io.aura360.agents.model;

import io.aura360.contracts.Category;
import io.aura360.contracts.agents.UserContext;
import io.aura360.contracts.vector.EvidenceHit;
import java.time.Instant;
import java.util.List;

/**
 * One step's question to a model: the final prompt (already free of personal identifiers), the evidence it may
 * cite, and the context the offline composer needs. {@code deadline} bounds every attempt.
 */
public record ModelRequest(
        String agent,
        Category category,
        String locale,
        String prompt,
        String query,
        List<EvidenceHit> evidence,
        UserContext context,
        int maxRecommendations,
        Instant deadline) {

    public ModelRequest {
        evidence = List.copyOf(evidence);
    }
}
