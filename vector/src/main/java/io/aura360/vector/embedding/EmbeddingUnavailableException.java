package io.aura360.vector.embedding;

/**
 * The embedding model could not produce a vector (service down, rate limit still hit after the retries, timeout,
 * malformed answer). Callers fail or degrade explicitly; nothing substitutes a made-up vector.
 */
public final class EmbeddingUnavailableException extends RuntimeException {

    public EmbeddingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public EmbeddingUnavailableException(String message) {
        super(message);
    }
}
