package io.aura360.agents.pipeline;

import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.advice.AdvicePayload.Summary;
import io.aura360.contracts.agents.AgentRunRecord;
import io.aura360.contracts.vector.EvidenceHit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one agent step produced: its run record, its safe recommendations, the evidence, its prompt, the words
 * of its focus (to tell which agent a shared finding belongs to), the model's own summary (null when it wrote
 * none), why recommendations were removed by the medical guardrail, whether its evidence is the fallback evidence
 * ({@code degraded}) and, when the offline composer answered in place of a hosted model, why
 * ({@code modelFallback}; null otherwise).
 */
record StepOutcome(
        AgentRunRecord run,
        List<Recommendation> recommendations,
        List<EvidenceHit> evidence,
        String prompt,
        Set<String> focusWords,
        Summary modelSummary,
        List<String> removedReasons,
        boolean degraded,
        String modelFallback) {

    StepOutcome {
        focusWords = Set.copyOf(focusWords);
        removedReasons = List.copyOf(removedReasons);
    }

    /** How many of this step's focus words (or their first five letters) appear in {@code text}. */
    int focusAffinity(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (int) focusWords.stream()
                .filter(word -> lower.contains(word.substring(0, Math.min(5, word.length()))))
                .count();
    }
}
