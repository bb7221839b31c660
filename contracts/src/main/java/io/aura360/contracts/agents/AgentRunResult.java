package io.aura360.contracts.agents;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aura360.contracts.advice.AdvicePayload;
import java.util.List;

/**
 * The agents' answer: payload v1 plus one record per agent run, for the gateway to persist. {@code degraded}:
 * the vector service was down and the answer rests on the fallback evidence (the payload says so).
 */
public record AgentRunResult(
        AdvicePayload payload,
        @JsonProperty("agent_runs") List<AgentRunRecord> agentRuns,
        @JsonProperty("human_review_required") boolean humanReviewRequired,
        boolean degraded) {

    public AgentRunResult {
        agentRuns = List.copyOf(agentRuns);
    }

    public AgentRunResult(AdvicePayload payload, List<AgentRunRecord> agentRuns, boolean humanReviewRequired) {
        this(payload, agentRuns, humanReviewRequired, false);
    }
}
