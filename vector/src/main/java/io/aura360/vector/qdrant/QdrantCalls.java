package io.aura360.vector.qdrant;

import io.aura360.contracts.vector.VectorServiceUnavailableException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for a Qdrant call; an unreachable or overloaded server is "unavailable" (callers may degrade). */
final class QdrantCalls {

    private QdrantCalls() {}

    static <T> T await(Future<T> call, String what) {
        try {
            return call.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new VectorServiceUnavailableException("interrupted while Qdrant " + what, ex);
        } catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            Status status = Status.fromThrowable(cause);
            if (status.getCode() == Status.Code.UNAVAILABLE
                    || status.getCode() == Status.Code.DEADLINE_EXCEEDED
                    || status.getCode() == Status.Code.RESOURCE_EXHAUSTED) {
                throw new VectorServiceUnavailableException("Qdrant is unavailable (" + what + "): " + status, cause);
            }
            if (cause instanceof StatusRuntimeException grpc) {
                throw new IllegalStateException("Qdrant refused to " + what + ": " + grpc.getStatus(), grpc);
            }
            throw new IllegalStateException("Qdrant failed to " + what, cause);
        }
    }
}
