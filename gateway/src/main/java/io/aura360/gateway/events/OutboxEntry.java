package io.aura360.gateway.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * One outbox event as an operator sees it: what it is about, how often the relay tried it and its last error. The
 * payload is left out: it is the event consumers' business, and the admin page needs no user data to act.
 */
record OutboxEntry(
        UUID id,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("aggregate_type") String aggregateType,
        @JsonProperty("aggregate_id") UUID aggregateId,
        @JsonProperty("created_at") Instant createdAt,
        int attempts,
        @JsonProperty("last_error") String lastError,
        @JsonProperty("dead_lettered_at") Instant deadLetteredAt) {}
