package io.aura360.vector.ingest.job;

import io.aura360.vector.ingest.KnowledgeFileReader;
import io.aura360.vector.ingest.KnowledgeIngestor;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The background ingest queue: Redis Streams when {@code AURA_REDIS_URL} is set, in process otherwise, with its
 * worker started on this instance. Retries: {@code aura.ingest.max-attempts} (5), backoff from
 * {@code aura.ingest.initial-backoff} (2s) doubling up to {@code aura.ingest.max-backoff} (5m).
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobsConfiguration {

    @Bean(destroyMethod = "close")
    IngestQueue ingestQueue(
            @Value("${aura.redis.url:}") String redisUrl,
            @Value("${aura.ingest.max-attempts:5}") int maxAttempts,
            @Value("${aura.ingest.initial-backoff:2s}") Duration initialBackoff,
            @Value("${aura.ingest.max-backoff:5m}") Duration maxBackoff,
            KnowledgeIngestor ingestor) {
        RetryPolicy policy = new RetryPolicy(maxAttempts, initialBackoff, maxBackoff);
        IngestQueue queue = (redisUrl == null || redisUrl.isBlank())
                ? new InProcessIngestQueue(policy)
                : RedisStreamsIngestQueue.connect(redisUrl, "aura360", consumerName(), policy, Duration.ofSeconds(1));
        queue.start(new FileIngestion(new KnowledgeFileReader(), ingestor));
        return queue;
    }

    private static String consumerName() {
        return ProcessHandle.current().pid() + "@" + System.getenv().getOrDefault("HOSTNAME", "localhost");
    }
}
