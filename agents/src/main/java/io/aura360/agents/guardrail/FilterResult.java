package io.aura360.agents.guardrail;

import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import java.util.List;

/**
 * The recommendations that passed {@link ModelTextGuard}, in their original order, and one reason per
 * removed recommendation (for example {@code "conflicts with pregnancy: alcohol"}). The reasons name rules,
 * never the user's data, so they can go into {@code safety_flags} and logs.
 */
public record FilterResult(List<Recommendation> kept, List<String> removedReasons) {

    public FilterResult {
        kept = List.copyOf(kept);
        removedReasons = List.copyOf(removedReasons);
    }
}
