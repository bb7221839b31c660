package io.aura360.gateway.events;

import com.github.benmanes.caffeine.cache.Ticker;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
@EnableConfigurationProperties(OutboxMetricsProperties.class)
class EventsConfiguration {

    @Bean
    EventPublisher broker(
            ObjectProvider<StatefulRedisConnection<String, String>> redis, ApplicationEventPublisher events) {
        StatefulRedisConnection<String, String> connection = redis.getIfAvailable();
        return (connection == null) ? new InProcessEventPublisher(events) : new RedisStreamsEventPublisher(connection);
    }

    @Bean
    OutboxRelay outboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            EventPublisher broker,
            ObjectProvider<Tracer> tracer,
            ObjectProvider<Propagator> propagator,
            JsonMapper json) {
        EventPublisher traced = new TracedEventPublisher(
                broker,
                tracer.getIfAvailable(() -> Tracer.NOOP),
                propagator.getIfAvailable(() -> Propagator.NOOP),
                json);
        return new OutboxRelay(jdbc, transaction, traced);
    }

    @Bean
    OutboxBacklog outboxBacklog(JdbcClient jdbc, OutboxMetricsProperties properties) {
        return new OutboxBacklog(jdbc, properties.outboxBacklogTtl(), Ticker.systemTicker());
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
}
