package io.aura360.gateway.request;

import io.aura360.gateway.idempotency.ClaimedRequests;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resolves an {@code Idempotency-Key} a crash left claimed from its advice request's row: a completed request's
 * envelope is the answer to replay; a failed one (the reaper fails those a crash interrupted) releases the key; a
 * request that never got its row releases it once the completion budget has passed since the claim, as no worker
 * can still be running it then.
 */
@Component
class ClaimedAdviceRequests implements ClaimedRequests {

    private final AdviceEnvelopes envelopes;

    private final JsonMapper json;

    private final GatewayProperties properties;

    ClaimedAdviceRequests(AdviceEnvelopes envelopes, JsonMapper json, GatewayProperties properties) {
        this.envelopes = envelopes;
        this.json = json;
        this.properties = properties;
    }

    @Override
    public ClaimedRequest find(UUID userId, UUID requestId, Instant claimedAt) {
        Optional<AdviceEnvelope> envelope =
                (requestId == null) ? Optional.empty() : envelopes.findForOwner(requestId, userId);
        if (envelope.isEmpty()) {
            boolean pastBudget = claimedAt.isBefore(Instant.now().minus(properties.completionBudget()));
            return pastBudget ? new ClaimedRequest.Abandoned() : new ClaimedRequest.Running();
        }
        return switch (envelope.get().status()) {
            case COMPLETED -> new ClaimedRequest.Answered(json.writeValueAsString(envelope.get()));
            case FAILED -> new ClaimedRequest.Abandoned();
            case PENDING, PROCESSING -> new ClaimedRequest.Running();
        };
    }
}
