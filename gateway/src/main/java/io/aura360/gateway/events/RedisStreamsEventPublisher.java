package io.aura360.gateway.events;

import io.lettuce.core.XAddArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.Map;

/**
 * Events appended to the Redis stream {@code aura360:events} (capped near {@link #MAX_LENGTH}), where consumer
 * groups read and acknowledge them. The stream entry carries the event id so consumers can drop duplicates.
 */
public final class RedisStreamsEventPublisher implements EventPublisher {

    public static final String STREAM = "aura360:events";

    static final long MAX_LENGTH = 100_000;

    private final StatefulRedisConnection<String, String> connection;

    public RedisStreamsEventPublisher(StatefulRedisConnection<String, String> connection) {
        this.connection = connection;
    }

    @Override
    public void publish(OutboxEvent event) {
        connection
                .sync()
                .xadd(
                        STREAM,
                        XAddArgs.Builder.maxlen(MAX_LENGTH).approximateTrimming(),
                        Map.of(
                                "event_id",
                                event.eventId().toString(),
                                "type",
                                event.type(),
                                "aggregate_id",
                                event.aggregateId().toString(),
                                "payload",
                                event.payloadJson(),
                                "headers",
                                event.headersJson()));
    }
}
