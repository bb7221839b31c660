package io.aura360.gateway.analytics;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the event stream in its consumer group ({@code aura360-analytics} unless configured) and counts each {@code holistic.response.created}.
 * An entry is acknowledged only after its count committed (or was found counted before), so a consumer that dies
 * in between leaves it pending; every pass first takes over, with {@code XAUTOCLAIM}, the entries pending longer
 * than {@code claimIdle} (whichever consumer held them), then reads new ones. A malformed entry goes to the
 * dead-letter stream ({@code <stream>:analytics-dead}) with its reason and is acknowledged, so it never holds
 * anything up; an entry whose count failed (the database is down) stays pending and is claimed again.
 */
final class AnalyticsStreamConsumer {

    static final long DEAD_LETTER_MAX_LENGTH = 10_000;

    private static final Logger log = LoggerFactory.getLogger(AnalyticsStreamConsumer.class);

    private final StatefulRedisConnection<String, String> connection;

    private final String stream;

    private final String group;

    private final Consumer<String> consumer;

    private final AnalyticsProperties.Consumer settings;

    private final DailyResponseCounts counts;

    private final JsonMapper json;

    private final MeterRegistry meters;

    private final Counter deadLettered;

    /** {@code connection} is this consumer's own: its blocking reads would hold up anyone sharing it. */
    AnalyticsStreamConsumer(
            StatefulRedisConnection<String, String> connection,
            String stream,
            String consumerName,
            AnalyticsProperties.Consumer settings,
            DailyResponseCounts counts,
            JsonMapper json,
            MeterRegistry meters) {
        this.connection = connection;
        this.stream = stream;
        this.group = settings.group();
        this.consumer = Consumer.from(group, consumerName);
        this.settings = settings;
        this.counts = counts;
        this.json = json;
        this.meters = meters;
        this.deadLettered = Counter.builder("aura.analytics.events.dead.lettered")
                .description("Events the analytics consumer could not read, moved to the dead-letter stream")
                .register(meters);
    }

    String deadLetterStream() {
        return stream + ":analytics-dead";
    }

    /** Creates the group at the stream's start (so events published before the first start are counted too). */
    void createGroup() {
        try {
            commands()
                    .xgroupCreate(XReadArgs.StreamOffset.from(stream, "0"), group, XGroupCreateArgs.Builder.mkstream());
        } catch (RedisBusyException alreadyThere) {
            // BUSYGROUP: another instance, or an earlier run, created it.
        }
    }

    /** One pass: stale pending entries first, then new ones (waiting up to {@code poll} for them). */
    void pass() {
        handle(commands()
                .xautoclaim(
                        stream,
                        XAutoClaimArgs.Builder.xautoclaim(consumer, settings.claimIdle(), "0-0")
                                .count(settings.batch()))
                .getMessages());
        XReadArgs read = settings.poll().isZero()
                ? XReadArgs.Builder.count(settings.batch())
                : XReadArgs.Builder.block(settings.poll()).count(settings.batch());
        handle(commands().xreadgroup(consumer, read, XReadArgs.StreamOffset.lastConsumed(stream)));
    }

    private void handle(List<StreamMessage<String, String>> messages) {
        for (StreamMessage<String, String> message : messages) {
            Map<String, String> fields = message.getBody();
            if (fields == null || fields.isEmpty()) {
                commands().xack(stream, group, message.getId()); // trimmed from the stream while pending
            } else if (!ResponseCreated.TYPE.equals(fields.get("type"))) {
                commands().xack(stream, group, message.getId()); // an event the analytics do not count
            } else {
                count(message.getId(), fields);
            }
        }
    }

    private void count(String entryId, Map<String, String> fields) {
        ResponseCreated event;
        try {
            event = ResponseCreated.parse(entryId, fields, json);
        } catch (MalformedEventException ex) {
            deadLetter(entryId, fields, ex.getMessage());
            return;
        }
        try {
            if (counts.count(event)) {
                meters.counter(
                                "aura.analytics.responses",
                                "category",
                                event.category(),
                                "tier",
                                event.tier(),
                                "language",
                                event.language(),
                                "outcome",
                                event.outcome())
                        .increment();
            }
            commands().xack(stream, group, entryId);
        } catch (RuntimeException ex) {
            log.warn("analytics: event {} not counted, it stays pending: {}", event.eventId(), ex.toString());
        }
    }

    private void deadLetter(String entryId, Map<String, String> fields, String reason) {
        Map<String, String> entry = new LinkedHashMap<>(fields);
        entry.put("entry_id", entryId);
        entry.put("reason", reason);
        commands()
                .xadd(
                        deadLetterStream(),
                        XAddArgs.Builder.maxlen(DEAD_LETTER_MAX_LENGTH).approximateTrimming(),
                        entry);
        commands().xack(stream, group, entryId);
        deadLettered.increment();
        log.warn("analytics: entry {} dead-lettered: {}", entryId, reason);
    }

    private RedisCommands<String, String> commands() {
        return connection.sync();
    }

    /** How long a pass may wait for new entries; the worker's shutdown waits at most this long. */
    Duration poll() {
        return settings.poll();
    }
}
