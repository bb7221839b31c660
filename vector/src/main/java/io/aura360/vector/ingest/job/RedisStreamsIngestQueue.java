package io.aura360.vector.ingest.job;

import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.PendingMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ingest queue on a Redis stream ({@code PREFIX:ingest}) read by the consumer group {@value #GROUP}, so every
 * instance shares the work and queued tasks survive restarts. A task is acknowledged only after its handler
 * succeeded; a failed one stays pending with its error in {@code PREFIX:ingest:errors} and is claimed again once
 * it has been idle for longer than the policy's backoff (which doubles with Redis's delivery count), counted from
 * the failure. A task delivered
 * {@code maxAttempts} times is moved to the list {@code PREFIX:ingest:dead} as JSON with its last error. A
 * crashed instance's tasks are claimed by the others the same way.
 */
public final class RedisStreamsIngestQueue implements IngestQueue {

    static final String GROUP = "aura360-ingest";

    private static final Logger log = LoggerFactory.getLogger(RedisStreamsIngestQueue.class);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RedisClient client;

    private final StatefulRedisConnection<String, String> connection;

    private final String stream;

    private final String errors;

    private final String dead;

    private final Consumer<String> consumer;

    private final RetryPolicy policy;

    private final Duration poll;

    private final boolean ownsClient;

    private volatile boolean running;

    private Thread worker;

    /**
     * @param keyPrefix prefix of the Redis keys, e.g. {@code aura360}
     * @param consumerName this instance's name in the group (unique per instance)
     * @param poll how long one blocking read waits for new tasks before pending retries are looked at
     */
    public RedisStreamsIngestQueue(
            RedisClient client, String keyPrefix, String consumerName, RetryPolicy policy, Duration poll) {
        this(client, false, keyPrefix, consumerName, policy, poll);
    }

    /** A queue on its own client for {@code redisUrl}, shut down with the queue. */
    public static RedisStreamsIngestQueue connect(
            String redisUrl, String keyPrefix, String consumerName, RetryPolicy policy, Duration poll) {
        return new RedisStreamsIngestQueue(RedisClient.create(redisUrl), true, keyPrefix, consumerName, policy, poll);
    }

    private RedisStreamsIngestQueue(
            RedisClient client,
            boolean ownsClient,
            String keyPrefix,
            String consumerName,
            RetryPolicy policy,
            Duration poll) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.connection = client.connect();
        this.stream = keyPrefix + ":ingest";
        this.errors = stream + ":errors";
        this.dead = stream + ":dead";
        this.consumer = Consumer.from(GROUP, consumerName);
        this.policy = policy;
        this.poll = poll;
        createGroup();
    }

    private void createGroup() {
        try {
            commands()
                    .xgroupCreate(XReadArgs.StreamOffset.from(stream, "0"), GROUP, XGroupCreateArgs.Builder.mkstream());
        } catch (RedisBusyException alreadyThere) {
            // BUSYGROUP: another instance created it first.
        }
    }

    @Override
    public String submit(IngestTask task) {
        return commands().xadd(stream, Map.of("file", task.file().toString(), "origin", task.origin()));
    }

    @Override
    public synchronized void start(IngestTaskHandler handler) {
        if (worker != null) {
            throw new IllegalStateException("the ingest queue is already started");
        }
        running = true;
        worker = Thread.ofPlatform().daemon().name("aura-ingest-redis").start(() -> work(handler));
    }

    private void work(IngestTaskHandler handler) {
        // Blocking reads get their own connection so that submit() never waits behind them.
        try (StatefulRedisConnection<String, String> reader = client.connect()) {
            while (running) {
                try {
                    for (StreamMessage<String, String> message : reader.sync()
                            .xreadgroup(
                                    consumer,
                                    XReadArgs.Builder.block(poll).count(16),
                                    XReadArgs.StreamOffset.lastConsumed(stream))) {
                        deliver(message, handler);
                    }
                    retryPending(handler);
                } catch (RuntimeException ex) {
                    if (running) {
                        log.warn("ingest queue: reading {} failed, trying again: {}", stream, ex.getMessage());
                        sleep(poll);
                    }
                }
            }
        }
    }

    private void retryPending(IngestTaskHandler handler) {
        List<PendingMessage> pending = commands().xpending(stream, GROUP, Range.create("-", "+"), Limit.from(100));
        for (PendingMessage entry : pending) {
            int deliveries = (int) entry.getRedeliveryCount();
            // Redis counts idle time in whole milliseconds: strictly more than the backoff means at least the backoff.
            long backoff = policy.backoff(deliveries).toMillis() + 1;
            if (entry.getMsSinceLastDelivery() < backoff) {
                continue;
            }
            if (policy.exhausted(deliveries)) {
                deadLetter(entry.getId(), deliveries);
                continue;
            }
            // XCLAIM with the same minimum idle time: if another instance claimed it meanwhile, nothing comes back.
            for (StreamMessage<String, String> message :
                    commands().xclaim(stream, consumer, XClaimArgs.Builder.minIdleTime(backoff), entry.getId())) {
                deliver(message, handler);
            }
        }
    }

    private void deliver(StreamMessage<String, String> message, IngestTaskHandler handler) {
        try {
            handler.handle(task(message.getBody()));
            commands().xack(stream, GROUP, message.getId());
            commands().xdel(stream, message.getId());
            commands().hdel(errors, message.getId());
        } catch (Exception ex) {
            String reason = (ex.getMessage() == null) ? ex.getClass().getSimpleName() : ex.getMessage();
            commands().hset(errors, message.getId(), reason);
            // The backoff counts from the failure, not from the delivery: claiming the entry again with JUSTID
            // resets its idle time without counting another delivery.
            commands().xclaim(stream, consumer, XClaimArgs.Builder.justid(), message.getId());
        }
    }

    private void deadLetter(String id, int attempts) {
        List<StreamMessage<String, String>> entries = commands().xrange(stream, Range.create(id, id));
        String reason = commands().hget(errors, id);
        if (!entries.isEmpty()) {
            Map<String, String> body = entries.get(0).getBody();
            String json = JSON.writeValueAsString(Map.of(
                    "task_id",
                    id,
                    "file",
                    body.getOrDefault("file", ""),
                    "origin",
                    body.getOrDefault("origin", ""),
                    "attempts",
                    attempts,
                    "reason",
                    (reason == null) ? "unknown" : reason));
            commands().rpush(dead, json);
            log.warn("ingest task {} ({}) failed {} times, dead-lettered: {}", id, body.get("file"), attempts, reason);
        }
        commands().xack(stream, GROUP, id);
        commands().xdel(stream, id);
        commands().hdel(errors, id);
    }

    @Override
    public List<DeadLetter> deadLetters() {
        return commands().lrange(dead, 0, -1).stream()
                .map(RedisStreamsIngestQueue::deadLetter)
                .toList();
    }

    private static DeadLetter deadLetter(String json) {
        JsonNode node = JSON.readTree(json);
        return new DeadLetter(
                node.get("task_id").asString(),
                new IngestTask(
                        Path.of(node.get("file").asString()), node.get("origin").asString("?")),
                node.get("attempts").asInt(),
                node.get("reason").asString());
    }

    private static IngestTask task(Map<String, String> body) {
        return new IngestTask(Path.of(body.get("file")), body.get("origin"));
    }

    private RedisCommands<String, String> commands() {
        return connection.sync();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        Thread current;
        synchronized (this) {
            current = worker;
        }
        if (current != null) {
            try {
                current.join(poll.multipliedBy(2).plusSeconds(1));
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        connection.close();
        if (ownsClient) {
            client.shutdown();
        }
    }
}
