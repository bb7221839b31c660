package io.aura360.contracts.agents;

import io.aura360.contracts.ErrorType;

/**
 * An agent run that produced no answer. {@code errorType} is stable (persisted in
 * {@code holistic_requests.error_type}); {@code recoverable} says whether a retry may succeed.
 */
public class AgentRunException extends RuntimeException {

    private final ErrorType errorType;

    private final boolean recoverable;

    public AgentRunException(ErrorType errorType, boolean recoverable, String message, Throwable cause) {
        super(message, cause);
        this.errorType = errorType;
        this.recoverable = recoverable;
    }

    public ErrorType errorType() {
        return errorType;
    }

    public boolean recoverable() {
        return recoverable;
    }
}
