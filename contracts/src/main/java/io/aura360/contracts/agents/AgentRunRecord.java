package io.aura360.contracts.agents;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** One agent's run within a request, with the vector queries it made. */
public record AgentRunRecord(
        @JsonProperty("agent_name") String agentName,
        @JsonProperty("model_version") String modelVersion,
        @JsonProperty("input_context") Map<String, Object> inputContext,
        @JsonProperty("elapsed_ms") long elapsedMs,
        AgentRunStatus status,
        @JsonProperty("retry_count") int retryCount,
        @JsonProperty("vector_queries") List<VectorQueryRecord> vectorQueries) {

    public AgentRunRecord {
        inputContext = Map.copyOf(inputContext);
        vectorQueries = List.copyOf(vectorQueries);
    }
}
