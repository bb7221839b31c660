package io.aura360.vector.ingest.job;

import io.aura360.vector.ingest.KnowledgeFileReader;
import io.aura360.vector.ingest.KnowledgeIngestor;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The background ingest queue: Redis Streams on the process's Redis client when {@code AURA_REDIS_URL} is set, in
 * process otherwise, with its worker started on this instance and retried as {@link IngestProperties} say.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
public class IngestJobsConfiguration {

    @Bean(destroyMethod = "close")
    IngestQueue ingestQueue(
            IngestProperties properties, ObjectProvider<RedisClient> redis, KnowledgeIngestor ingestor) {
        RetryPolicy policy = properties.retryPolicy();
        RedisClient client = redis.getIfAvailable();
        IngestQueue queue = (client == null)
                ? new InProcessIngestQueue(policy)
                : new RedisStreamsIngestQueue(client, "aura360", consumerName(), policy, Duration.ofSeconds(1));
        queue.start(new FileIngestion(new KnowledgeFileReader(), ingestor));
        return queue;
    }

    private static String consumerName() {
        return ProcessHandle.current().pid() + "@" + System.getenv().getOrDefault("HOSTNAME", "localhost");
    }
}
