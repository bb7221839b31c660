package io.aura360.gateway.events;

/**
 * Delivers one outbox event to wherever consumers listen. Throws when the event was not accepted; the relay then
 * keeps it for another attempt (at-least-once: consumers must tolerate duplicates, keyed by {@code eventId}).
 */
public interface EventPublisher {

    void publish(OutboxEvent event);
}
