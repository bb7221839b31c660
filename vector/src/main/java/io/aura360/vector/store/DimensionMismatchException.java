package io.aura360.vector.store;

/** A vector or a model whose dimension differs from the collection's. Never padded or truncated. */
public class DimensionMismatchException extends IllegalStateException {

    public DimensionMismatchException(String message) {
        super(message);
    }
}
