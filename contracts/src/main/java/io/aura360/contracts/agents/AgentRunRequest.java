package io.aura360.contracts.agents;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aura360.contracts.Category;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The gateway's context package for one advice request ({@code POST /agents/v1/runs}). {@code message} and
 * {@code sessionId} may be null; {@code deadline} is when the gateway stops waiting.
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
        Instant deadline) {

    public AgentRunRequest {
        Objects.requireNonNull(requestId, "request_id");
        Objects.requireNonNull(userId, "user_id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(context, "context");
        locale = (locale == null || locale.isBlank()) ? "en" : locale;
    }
}
