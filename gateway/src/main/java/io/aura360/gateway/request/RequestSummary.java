package io.aura360.gateway.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aura360.contracts.Category;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.advice.RequestStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a user's request history: the columns of {@code holistic_requests}, without the answer (read it
 * with {@code GET /api/v1/holistic/requests/{id}}). {@code title} and {@code recommendation_count} are null until
 * the request completes.
 */
record RequestSummary(
        @JsonProperty("request_id") UUID requestId,
        Category category,
        RequestStatus status,
        String locale,
        @JsonProperty("requested_at") Instant requestedAt,
        @JsonProperty("completed_at") Instant completedAt,
        String title,
        @JsonProperty("recommendation_count") Integer recommendationCount,
        boolean degraded,
        @JsonProperty("error_type") ErrorType errorType,
        @JsonProperty("human_review_required") boolean humanReviewRequired,
        @JsonProperty("trace_id") String traceId) {}
