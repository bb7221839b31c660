package io.aura360.gateway.fallback;

import io.aura360.contracts.vector.EvidenceHit;
import java.util.List;

/**
 * Recent good evidence per category and answer language, kept by the gateway for when the vector service is
 * down: a small slice of it travels in every agent run request, and the agents answer from it, flagged as
 * degraded, instead of failing. Never a substitute for a working search. Refreshed by the gateway from the
 * evidence of each good answer.
 */
public interface FallbackEvidence {

    /** At most {@code limit} chunks for this category and locale, best first; empty when none is kept. */
    List<EvidenceHit> recent(String category, String locale, int limit);

    /** Keeps these chunks as the latest good evidence of the category and locale. */
    void remember(String category, String locale, List<EvidenceHit> evidence);
}
