package io.aura360.contracts.vector;

/**
 * The vector service could not answer (down, timing out, not ready, or its embedding model unavailable). Callers
 * may degrade or retry; {@code errorType} is stable and says which part failed.
 */
public class VectorServiceUnavailableException extends RuntimeException {

    public static final String VECTOR_SERVICE_UNAVAILABLE = "VECTOR_SERVICE_UNAVAILABLE";

    /** The query could not be embedded (model rate-limited, failing or timing out); the index itself is fine. */
    public static final String EMBEDDING_UNAVAILABLE = "EMBEDDING_UNAVAILABLE";

    private final String errorType;

    public VectorServiceUnavailableException(String message, Throwable cause) {
        this(VECTOR_SERVICE_UNAVAILABLE, message, cause);
    }

    public VectorServiceUnavailableException(String errorType, String message, Throwable cause) {
        super(message, cause);
        this.errorType = errorType;
    }

    public String errorType() {
        return errorType;
    }
}
