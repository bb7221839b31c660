package io.aura360.contracts.agents;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aura360.contracts.Category;
import io.aura360.contracts.vector.EvidenceHit;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The gateway's context package for one advice request ({@code POST /agents/v1/runs}). {@code message} and
 * {@code sessionId} may be null; {@code deadline} is when the gateway stops waiting.
 *
 * <p>It carries everything the agents need from the gateway's tables, so the agents never call the gateway back:
 * {@code profiles}, the enabled agent profiles of the category (the agents pick the one that serves the user), and
 * {@code fallbackEvidence}, a few recent good evidence hits of the category and answer language, to answer from
 * (flagged degraded) when the vector service is down.
 */
public record AgentRunRequest(
        @JsonProperty("request_id") UUID requestId,
        @JsonProperty("user_id") UUID userId,
        Category category,
        String locale,
        String tier,
        String message,
        @JsonProperty("session_id") String sessionId,
        UserContext context,
        Instant deadline,
        List<AgentProfile> profiles,
        @JsonProperty("fallback_evidence") List<EvidenceHit> fallbackEvidence) {

    public AgentRunRequest {
        Objects.requireNonNull(requestId, "request_id");
        Objects.requireNonNull(userId, "user_id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(context, "context");
        locale = (locale == null || locale.isBlank()) ? "en" : locale;
        profiles = (profiles == null) ? List.of() : List.copyOf(profiles);
        fallbackEvidence = (fallbackEvidence == null) ? List.of() : List.copyOf(fallbackEvidence);
    }

    /** The same request ending at {@code newDeadline}. */
    public AgentRunRequest withDeadline(Instant newDeadline) {
        return new AgentRunRequest(
                requestId,
                userId,
                category,
                locale,
                tier,
                message,
                sessionId,
                context,
                newDeadline,
                profiles,
                fallbackEvidence);
    }
}
