package io.aura360.gateway.events;

import java.util.UUID;

/** An event written to {@code outbox_events} in the same transaction as the change it announces. */
public record OutboxEvent(UUID eventId, String type, UUID aggregateId, String payloadJson, String headersJson) {}
