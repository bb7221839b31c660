package io.aura360.vector.search;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.vector.VectorQueryRejectedException;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import io.aura360.vector.embedding.EmbeddingUnavailableException;
import io.aura360.vector.store.DimensionMismatchException;
import io.aura360.vector.store.EmbeddingModelMismatchException;

/**
 * Turns the vector service's internal search failures into the contract's exceptions, so that agents (in process
 * or over HTTP) see one vocabulary: a query that can never be answered is rejected, a model that cannot embed
 * right now makes the service unavailable (agents degrade to their fallback evidence).
 */
final class SearchFailures {

    private SearchFailures() {}

    static RuntimeException translated(RuntimeException failure) {
        return switch (failure) {
            case DimensionMismatchException ex ->
                new VectorQueryRejectedException(ErrorType.DIMENSION_MISMATCH, ex.getMessage(), ex);
            case EmbeddingModelMismatchException ex ->
                new VectorQueryRejectedException(ErrorType.EMBEDDING_MODEL_MISMATCH, ex.getMessage(), ex);
            case EmbeddingUnavailableException ex ->
                new VectorServiceUnavailableException(ErrorType.EMBEDDING_UNAVAILABLE, ex.getMessage(), ex);
            default -> failure;
        };
    }
}
