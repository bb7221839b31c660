package io.aura360.gateway.analytics;

import io.aura360.gateway.events.RedisStreamsEventPublisher;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The daily answer counts (always readable by admins) and, with Redis, the consumer that keeps them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsProperties.class)
class AnalyticsConfiguration {

    @Bean
    DailyResponseCounts dailyResponseCounts(JdbcClient jdbc, TransactionTemplate transaction) {
        return new DailyResponseCounts(jdbc, transaction);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(AnalyticsConsumerEnabled.class)
    static class StreamConsumerConfiguration {

        /** The worker's connection is its own (not a bean: features that take the shared one stay unambiguous). */
        @Bean(destroyMethod = "close")
        AnalyticsWorker analyticsWorker(
                RedisClient client,
                AnalyticsProperties properties,
                DailyResponseCounts counts,
                JsonMapper json,
                MeterRegistry meters) {
            AnalyticsProperties.Consumer settings = properties.consumer();
            StatefulRedisConnection<String, String> connection = client.connect();
            // A blocking read takes up to poll on top of the usual answer time: without this the client's
            // command timeout (2 s by default) would cut the reads that simply found nothing new.
            connection.setTimeout(client.getDefaultTimeout().plus(settings.poll()));
            return new AnalyticsWorker(
                    connection,
                    new AnalyticsStreamConsumer(
                            connection,
                            RedisStreamsEventPublisher.STREAM,
                            (settings.name() != null) ? settings.name() : defaultName(),
                            settings,
                            counts,
                            json,
                            meters));
        }

        @Bean
        CountedEventsPruning countedEventsPruning(DailyResponseCounts counts, AnalyticsProperties properties) {
            return new CountedEventsPruning(counts, properties);
        }

        /** Host and process: unique per running instance, so two never share pending entries. */
        private static String defaultName() {
            try {
                return InetAddress.getLocalHost().getHostName() + "-"
                        + ProcessHandle.current().pid();
            } catch (UnknownHostException ex) {
                return "gateway-" + ProcessHandle.current().pid();
            }
        }
    }

    /** Hourly, forgets the ids of events counted longer ago than any redelivery could come. */
    static final class CountedEventsPruning {

        private final DailyResponseCounts counts;

        private final AnalyticsProperties properties;

        CountedEventsPruning(DailyResponseCounts counts, AnalyticsProperties properties) {
            this.counts = counts;
            this.properties = properties;
        }

        @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
        void prune() {
            counts.forgetCountedBefore(properties.consumer().forgetCountedAfter());
        }
    }
}
