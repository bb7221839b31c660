package io.aura360.contracts.vector;

import io.aura360.contracts.ErrorType;

/**
 * The vector service refused a query it can never answer as asked, e.g. {@code DIMENSION_MISMATCH} when the
 * collection holds vectors of another model. Not worth retrying; {@code errorType} is stable.
 */
public class VectorQueryRejectedException extends RuntimeException {

    private final ErrorType errorType;

    public VectorQueryRejectedException(ErrorType errorType, String message, Throwable cause) {
        super(message, cause);
        this.errorType = errorType;
    }

    public ErrorType errorType() {
        return errorType;
    }
}
