package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.gateway.events.OutboxRelay;
import io.aura360.gateway.events.RedisStreamsEventPublisher;
import io.aura360.gateway.request.StaleRequestReaper;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import redis.embedded.RedisServer;

/** holistic.response.created leaves through the outbox (in process, or Redis Streams across an outage); unfinished requests are failed after a crash. */
class OutboxAndRecoveryTest extends FullStackTest {

    @Autowired
    OutboxRelay relay;

    @Autowired
    StaleRequestReaper reaper;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void publishesTheResponseCreatedEventOfEveryAnswer() {
        UUID user = UUID.randomUUID();
        UUID request = UUID.fromString(advice(user, token(user), "mind", "{}")
                .json()
                .path("request_id")
                .asString());

        relay.relay();

        assertThat(jdbc.sql("select count(*) from outbox_events where aggregate_id = ? and published_at is not null")
                        .param(request)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void deliversToRedisStreamsOnceRedisIsBackAndKeepsTheEventMeanwhile() throws IOException {
        // Earlier tests' events out of the way (a pass sends at most one batch): this test's event is then the only one
        // pending.
        while (relay.relay() > 0) {}
        UUID user = UUID.randomUUID();
        UUID request = UUID.fromString(advice(user, token(user), "body", "{}")
                .json()
                .path("request_id")
                .asString());
        String url = System.getenv("AURA_TEST_REDIS_URL");
        RedisServer embedded = null;
        if (url == null || url.isBlank()) {
            int port = freePort();
            embedded = new RedisServer(port);
            embedded.start();
            url = "redis://127.0.0.1:" + port;
        }
        RedisClient down = RedisClient.create("redis://127.0.0.1:" + freePort());
        RedisClient up = RedisClient.create(url);
        try (StatefulRedisConnection<String, String> connection = up.connect()) {
            assertThat(outageRelay(down))
                    .as("nothing can be delivered while Redis is down")
                    .isZero();
            assertThat(jdbc.sql(
                                    "select published_at is null and dead_lettered_at is null and attempts >= 1 from outbox_events where aggregate_id = ?")
                            .param(request)
                            .query(Boolean.class)
                            .single())
                    .isTrue();

            new OutboxRelay(jdbc, transaction, new RedisStreamsEventPublisher(connection)).relay();

            List<StreamMessage<String, String>> stream =
                    connection.sync().xrange(RedisStreamsEventPublisher.STREAM, io.lettuce.core.Range.create("-", "+"));
            assertThat(stream)
                    .extracting(StreamMessage::getBody)
                    .anySatisfy(body -> assertThat(body)
                            .containsEntry("aggregate_id", request.toString())
                            .containsEntry("type", "holistic.response.created"));
        } finally {
            down.shutdown();
            up.shutdown();
            if (embedded != null) {
                embedded.stop();
            }
        }
    }

    @Test
    void failsRequestsLeftUnfinishedByACrash() {
        UUID user = UUID.randomUUID();
        advice(user, token(user), "soul", "{}");
        UUID stuck = UUID.randomUUID();
        jdbc.sql("""
				insert into holistic_requests (id, user_id, category, status, schema_version, requested_at)
				values (?, ?, 'soul', 'PROCESSING', '1.0.0', now() - interval '10 minutes')""").params(stuck, user).update();
        UUID fresh = UUID.randomUUID();
        jdbc.sql(
                        "insert into holistic_requests (id, user_id, category, status, schema_version) values (?, ?, 'soul', 'PENDING', '1.0.0')")
                .params(fresh, user)
                .update();

        reaper.failStaleRequests();

        assertThat(jdbc.sql("select status::text || ' ' || error_type from holistic_requests where id = ?")
                        .param(stuck)
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED INTERRUPTED");
        assertThat(jdbc.sql("select status::text from holistic_requests where id = ?")
                        .param(fresh)
                        .query(String.class)
                        .single())
                .as("a request a live worker may still finish is left alone")
                .isEqualTo("PENDING");
        assertThat(get("/api/v1/holistic/requests/" + stuck, token(user))
                        .json()
                        .path("error_type")
                        .asString())
                .isEqualTo("INTERRUPTED");
    }

    private int outageRelay(RedisClient down) {
        return new OutboxRelay(jdbc, transaction, event -> {
                    try (StatefulRedisConnection<String, String> connection = down.connect()) {
                        new RedisStreamsEventPublisher(connection).publish(event);
                    }
                })
                .relay();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
