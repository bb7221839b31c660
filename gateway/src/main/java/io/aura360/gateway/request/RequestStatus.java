package io.aura360.gateway.request;

/** Lifecycle of an advice request ({@code holistic_request_status}). */
enum RequestStatus {
    PENDING,
    PROCESSING,
    COMPLETED,
    FAILED
}
