package io.aura360.gateway.events;

import com.github.benmanes.caffeine.cache.Ticker;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The outbox relay: to Redis Streams when {@code AURA_REDIS_URL} is set, to in-process listeners otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventsConfiguration {

    @Bean(destroyMethod = "close")
    Broker broker(@Value("${aura.redis.url:}") String redisUrl, ApplicationEventPublisher events) {
        if (redisUrl == null || redisUrl.isBlank()) {
            return new Broker(new InProcessEventPublisher(events), null, null);
        }
        RedisClient client = RedisClient.create(redisUrl);
        StatefulRedisConnection<String, String> connection = client.connect();
        return new Broker(new RedisStreamsEventPublisher(connection), client, connection);
    }

    @Bean
    OutboxRelay outboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Broker broker,
            ObjectProvider<Tracer> tracer,
            ObjectProvider<Propagator> propagator,
            JsonMapper json) {
        EventPublisher traced = new TracedEventPublisher(
                broker.publisher(),
                tracer.getIfAvailable(() -> Tracer.NOOP),
                propagator.getIfAvailable(() -> Propagator.NOOP),
                json);
        return new OutboxRelay(jdbc, transaction, traced);
    }

    @Bean
    OutboxBacklog outboxBacklog(JdbcClient jdbc, @Value("${aura.metrics.outbox-backlog-ttl:15s}") Duration timeToLive) {
        return new OutboxBacklog(jdbc, timeToLive, Ticker.systemTicker());
    }

    @Bean
    RelayJob outboxRelayJob(OutboxRelay relay) {
        return new RelayJob(relay);
    }

    /** Runs the relay every second (and right after start, so events left by a crash are sent). */
    static final class RelayJob {

        private final OutboxRelay relay;

        RelayJob(OutboxRelay relay) {
            this.relay = relay;
        }

        @Scheduled(initialDelay = 0, fixedDelayString = "${aura.outbox.relay-interval:1s}")
        void relay() {
            relay.relay();
        }
    }

    /** The publisher and, for Redis, the connection to close on shutdown. */
    record Broker(EventPublisher publisher, RedisClient client, StatefulRedisConnection<String, String> connection)
            implements AutoCloseable {

        @Override
        public void close() {
            if (connection != null) {
                connection.close();
                client.shutdown();
            }
        }
    }
}
