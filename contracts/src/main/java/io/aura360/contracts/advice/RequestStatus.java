package io.aura360.contracts.advice;

/**
 * Lifecycle of an advice request ({@code holistic_request_status}), as the envelope, webhooks and pushes report
 * it: PENDING and PROCESSING are open, COMPLETED and FAILED final.
 */
public enum RequestStatus {
    PENDING,
    PROCESSING,
    COMPLETED,
    FAILED
}
