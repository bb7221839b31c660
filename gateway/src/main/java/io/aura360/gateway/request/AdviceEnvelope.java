package io.aura360.gateway.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.advice.AdvicePayload;
import io.aura360.contracts.advice.RequestStatus;
import java.util.List;
import java.util.UUID;

/**
 * What the advice and request endpoints answer; {@code response} is null until the request completes. While it
 * is open, {@code provisional} may carry a {@link ProvisionalSummary} and {@code awaiting_profile_data} the
 * fields a premium pipeline waits for; both are left out otherwise.
 */
record AdviceEnvelope(
        @JsonProperty("request_id") UUID requestId,
        @JsonProperty("trace_id") String traceId,
        RequestStatus status,
        boolean degraded,
        @JsonProperty("error_type") ErrorType errorType,
        @JsonProperty("human_review_required") boolean humanReviewRequired,
        AdvicePayload response,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProvisionalSummary provisional,

        @JsonProperty("awaiting_profile_data") @JsonInclude(JsonInclude.Include.NON_NULL)
        List<String> awaitingProfileData) {

    AdviceEnvelope(
            UUID requestId,
            String traceId,
            RequestStatus status,
            boolean degraded,
            ErrorType errorType,
            boolean humanReviewRequired,
            AdvicePayload response) {
        this(requestId, traceId, status, degraded, errorType, humanReviewRequired, response, null, null);
    }
}
