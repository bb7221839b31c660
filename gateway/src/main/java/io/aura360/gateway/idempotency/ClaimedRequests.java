package io.aura360.gateway.idempotency;

import java.time.Instant;
import java.util.UUID;

/**
 * What became of the request an {@code Idempotency-Key} was claimed for. Lets a key that a crash left claimed
 * resolve to the request's final state instead of answering 409 until it expires. Implemented where requests
 * live; {@code requestId} is null for keys claimed before keys recorded their request.
 */
public interface ClaimedRequests {

    ClaimedRequest find(UUID userId, UUID requestId, Instant claimedAt);

    /** The request behind a claimed key, as far as a replay is concerned. */
    sealed interface ClaimedRequest {

        /** It may still be worked on: the duplicate gets a 409. */
        record Running() implements ClaimedRequest {}

        /** It completed: its answer is stored with the key and replayed. */
        record Answered(String json) implements ClaimedRequest {}

        /** It failed, or never started and no worker can still start it: the key is released and runs anew. */
        record Abandoned() implements ClaimedRequest {}
    }
}
