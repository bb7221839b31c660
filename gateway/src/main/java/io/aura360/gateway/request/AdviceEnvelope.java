package io.aura360.gateway.request;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aura360.contracts.advice.AdvicePayload;

/** What the advice and request endpoints answer; {@code response} is null until the request completes. */
record AdviceEnvelope(@JsonProperty("request_id") UUID requestId, @JsonProperty("trace_id") String traceId,
		RequestStatus status, boolean degraded, @JsonProperty("error_type") String errorType,
		@JsonProperty("human_review_required") boolean humanReviewRequired, AdvicePayload response) {
}
