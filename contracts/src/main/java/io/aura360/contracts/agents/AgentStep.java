package io.aura360.contracts.agents;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One agent of a pipeline: its model, prompt template, what it searches for when the user gives no message
 * ({@code focus}, per locale), retrieval settings and guardrails.
 */
public record AgentStep(
        String agent,
        String model,
        @JsonProperty("prompt_template") String promptTemplate,
        Map<String, String> focus,
        Retrieval retrieval,
        List<String> guardrails) {

    public AgentStep {
        guardrails = (guardrails == null) ? List.of() : List.copyOf(guardrails);
        focus = (focus == null) ? Map.of() : Map.copyOf(focus);
    }

    /** Where and how much evidence the agent fetches. */
    public record Retrieval(
            List<String> collections,
            @JsonProperty("top_k") int topK,
            @JsonProperty("min_confidence") double minConfidence) {

        public Retrieval {
            collections = (collections == null) ? List.of() : List.copyOf(collections);
        }
    }
}
