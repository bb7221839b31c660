package io.aura360.vector.store;

/** A collection built with another embedding model than the configured one (vectors are not comparable). */
public class EmbeddingModelMismatchException extends IllegalStateException {

    public EmbeddingModelMismatchException(String message) {
        super(message);
    }
}
