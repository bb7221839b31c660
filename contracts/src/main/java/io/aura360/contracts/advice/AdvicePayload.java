package io.aura360.contracts.advice;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aura360.contracts.Category;
import java.util.List;

/**
 * Response payload v1, stored in {@code holistic_responses.payload} and validated by
 * {@code schema/advice-payload-v1.json}. Every {@code evidence_ids} entry of a recommendation names a
 * {@code sources[].source_id} of the same payload.
 */
public record AdvicePayload(
        String version,
        PayloadUser user,
        Category category,
        Summary summary,
        List<Recommendation> recommendations,
        @JsonProperty("follow_up") List<FollowUp> followUp,
        List<Source> sources,
        @JsonProperty("agent_diagnostics") AgentDiagnostics agentDiagnostics) {

    public static final String CURRENT_VERSION = "1.0.0";

    public AdvicePayload {
        recommendations = List.copyOf(recommendations);
        followUp = List.copyOf(followUp);
        sources = List.copyOf(sources);
    }

    public record PayloadUser(String id, String tier, String locale) {}

    public record Summary(String title, String message) {}

    public record Recommendation(
            String type,
            String description,
            double confidence,
            @JsonProperty("evidence_ids") List<String> evidenceIds) {

        public Recommendation {
            evidenceIds = List.copyOf(evidenceIds);
        }
    }

    /** {@code dueDate} is an ISO-8601 date or null. */
    public record FollowUp(
            String action, @JsonProperty("due_date") String dueDate, String channel) {}

    public record Source(@JsonProperty("source_id") String sourceId, String url, String chunk, double score) {}

    public record AgentDiagnostics(
            String model,
            @JsonProperty("prompt_checksum") String promptChecksum,
            @JsonProperty("safety_flags") List<String> safetyFlags) {

        public AgentDiagnostics {
            safetyFlags = List.copyOf(safetyFlags);
        }
    }
}
