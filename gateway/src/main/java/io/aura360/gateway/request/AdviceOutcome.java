package io.aura360.gateway.request;

import io.aura360.contracts.advice.RequestStatus;
import java.net.URI;

/**
 * What asking for advice answered: the request {@link Completed} within the wait (200), or is still
 * {@link Processing} (202, the client follows its {@code Location}). A request that fails is no outcome but the
 * {@code advice-unavailable} problem (503), which also releases its {@code Idempotency-Key}.
 */
sealed interface AdviceOutcome {

    AdviceEnvelope envelope();

    /** The outcome an envelope stands for, e.g. one stored for an idempotent replay. */
    static AdviceOutcome of(AdviceEnvelope envelope) {
        return switch (envelope.status()) {
            case COMPLETED -> new Completed(envelope);
            case PENDING, PROCESSING -> new Processing(envelope);
            case FAILED ->
                throw new IllegalArgumentException(
                        "request " + envelope.requestId() + " failed: a failure is answered as a problem");
        };
    }

    record Completed(AdviceEnvelope envelope) implements AdviceOutcome {

        public Completed {
            if (envelope.status() != RequestStatus.COMPLETED) {
                throw new IllegalArgumentException("not completed: " + envelope.status());
            }
        }
    }

    record Processing(AdviceEnvelope envelope) implements AdviceOutcome {

        public Processing {
            if (envelope.status() != RequestStatus.PENDING && envelope.status() != RequestStatus.PROCESSING) {
                throw new IllegalArgumentException("not open: " + envelope.status());
            }
        }

        /** Where the client polls the request (and, under {@code /events}, follows it). */
        URI location() {
            return URI.create("/api/v1/holistic/requests/" + envelope.requestId());
        }
    }
}
