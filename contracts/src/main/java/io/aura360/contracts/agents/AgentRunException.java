package io.aura360.contracts.agents;

/**
 * An agent run that produced no answer. {@code errorType} is stable (persisted in
 * {@code holistic_requests.error_type}); {@code recoverable} says whether a retry may succeed.
 */
public class AgentRunException extends RuntimeException {

    private final String errorType;

    private final boolean recoverable;

    public AgentRunException(String errorType, boolean recoverable, String message, Throwable cause) {
        super(message, cause);
        this.errorType = errorType;
        this.recoverable = recoverable;
    }

    public String errorType() {
        return errorType;
    }

    public boolean recoverable() {
        return recoverable;
    }
}
