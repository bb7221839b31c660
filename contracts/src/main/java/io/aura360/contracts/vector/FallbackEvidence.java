package io.aura360.contracts.vector;

import java.util.List;

/**
 * Recent good evidence per category and locale, kept by the gateway, for when the vector service is down: the
 * agents then answer from it, flagged as degraded, instead of failing. Never a substitute for a working search.
 */
public interface FallbackEvidence {

    /** At most {@code limit} chunks for this category and locale, best first; empty when none is kept. */
    List<EvidenceHit> recent(String category, String locale, int limit);

    /** Keeps these chunks as the latest good evidence of the category and locale. */
    void remember(String category, String locale, List<EvidenceHit> evidence);
}
