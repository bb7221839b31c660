package io.aura360.vector.qdrant;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.function.Supplier;

/** Answers a unary call with a value, or with the gRPC status the handler threw. */
final class Grpc {

    private Grpc() {}

    static <T> void answer(StreamObserver<T> response, Supplier<T> handler) {
        try {
            response.onNext(handler.get());
            response.onCompleted();
        } catch (StatusRuntimeException ex) {
            response.onError(ex);
        } catch (RuntimeException ex) {
            response.onError(Status.INTERNAL.withDescription(ex.toString()).asRuntimeException());
        }
    }
}
