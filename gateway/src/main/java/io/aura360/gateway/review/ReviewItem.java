package io.aura360.gateway.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aura360.contracts.advice.AdvicePayload;
import java.time.Instant;
import java.util.UUID;

/**
 * One review item as a reviewer sees it: the user's message and the answer it got, and nothing else of the
 * user's. {@code claimed_*}, {@code resolved_*}, {@code outcome} and {@code note} are null until they happen.
 */
record ReviewItem(
        UUID id,
        @JsonProperty("request_id") UUID requestId,
        @JsonProperty("user_id") UUID userId,
        ReviewRisk risk,
        ReviewState state,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("claimed_by") String claimedBy,
        @JsonProperty("claimed_at") Instant claimedAt,
        @JsonProperty("resolved_by") String resolvedBy,
        @JsonProperty("resolved_at") Instant resolvedAt,
        ReviewOutcome outcome,
        String note,
        String message,
        AdvicePayload answer) {}
