package io.aura360.agents.model;

import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.advice.AdvicePayload.Summary;
import java.util.List;

/**
 * What a model wrote: recommendations citing evidence ids, an optional summary (null: the pipeline writes
 * one), token usage (0 when unknown), the finish reason and how many attempts it took ({@code attempts - 1}
 * is the run's {@code retry_count}).
 */
public record ModelAnswer(
        List<Recommendation> recommendations,
        Summary summary,
        int inputTokens,
        int outputTokens,
        String finishReason,
        int attempts) {

    public ModelAnswer {
        recommendations = List.copyOf(recommendations);
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }
}
