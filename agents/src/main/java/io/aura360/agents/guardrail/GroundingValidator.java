package io.aura360.agents.guardrail;

import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.advice.AdvicePayload.Source;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps only grounded recommendations: unknown evidence ids are dropped, and a recommendation left without
 * any evidence is removed. Whatever the model wrote, nothing reaches the user without a source.
 */
public final class GroundingValidator {

    public List<Recommendation> grounded(List<Recommendation> recommendations, List<Source> sources) {
        Set<String> known = sources.stream().map(Source::sourceId).collect(Collectors.toSet());
        return recommendations.stream()
                .map(r -> new Recommendation(
                        r.type(),
                        r.description(),
                        r.confidence(),
                        r.evidenceIds().stream()
                                .filter(known::contains)
                                .distinct()
                                .toList()))
                .filter(r -> !r.evidenceIds().isEmpty())
                .toList();
    }
}
