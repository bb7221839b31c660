package io.aura360.contracts.vector;

import io.aura360.contracts.ErrorType;

/**
 * The vector service could not answer (down, timing out, not ready, or its embedding model unavailable). Callers
 * may degrade or retry; {@code errorType} is stable and says which part failed.
 */
public class VectorServiceUnavailableException extends RuntimeException {

    private final ErrorType errorType;

    public VectorServiceUnavailableException(String message, Throwable cause) {
        this(ErrorType.VECTOR_SERVICE_UNAVAILABLE, message, cause);
    }

    public VectorServiceUnavailableException(ErrorType errorType, String message, Throwable cause) {
        super(message, cause);
        this.errorType = errorType;
    }

    public ErrorType errorType() {
        return errorType;
    }
}
