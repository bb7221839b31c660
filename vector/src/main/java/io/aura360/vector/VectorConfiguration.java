package io.aura360.vector;

import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.platform.ServiceKeyFilter;
import io.aura360.platform.ServiceKeyProperties;
import io.aura360.platform.breaker.CircuitBreakerConfiguration;
import io.aura360.platform.breaker.CircuitBreakers;
import io.aura360.platform.redis.RedisConfiguration;
import io.aura360.vector.api.VectorSearchController;
import io.aura360.vector.embedding.CachingEmbeddingProvider;
import io.aura360.vector.embedding.EmbeddingProgress;
import io.aura360.vector.embedding.EmbeddingProperties;
import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.embedding.EmbeddingProviders;
import io.aura360.vector.embedding.GuardedEmbeddingProvider;
import io.aura360.vector.embedding.StoredPassageVectors;
import io.aura360.vector.ingest.Chunker;
import io.aura360.vector.ingest.ClasspathKnowledgeBase;
import io.aura360.vector.ingest.KnowledgeIngestor;
import io.aura360.vector.ingest.job.IngestJobsConfiguration;
import io.aura360.vector.store.ServingCollection;
import io.aura360.vector.telemetry.TimedEmbeddingProvider;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Wires the vector service on its embedded defaults: the in-jar bge-small model and the collections of
 * {@link VectorStoreConfiguration} (Lucene on local disk unless Qdrant is configured), loaded with the starter
 * knowledge base before the application reports ready.
 */
@Configuration(proxyBeanMethods = false)
@Import({
    IngestJobsConfiguration.class,
    VectorStoreConfiguration.class,
    RedisConfiguration.class,
    CircuitBreakerConfiguration.class
})
@EnableConfigurationProperties({VectorProperties.class, EmbeddingProperties.class, ServiceKeyProperties.class})
public class VectorConfiguration {

    private static final long QUERY_CACHE_SIZE = 10_000;

    @Bean
    EmbeddingProvider embeddingProvider(
            EmbeddingProperties properties, MeterRegistry meters, CircuitBreakers breakers) {
        EmbeddingProvider provider = EmbeddingProviders.create(properties);
        if (EmbeddingProperties.GEMINI.equals(properties.provider())) {
            // Only a hosted provider can be down or slow: the local ONNX models run in this process.
            provider = new GuardedEmbeddingProvider(
                    provider, breakers.breaker("embedding-gemini", GuardedEmbeddingProvider::isProviderFailure));
        }
        // Stored vectors are no model call, so they sit outside the timing.
        return new CachingEmbeddingProvider(
                StoredPassageVectors.over(new TimedEmbeddingProvider(provider, meters)), QUERY_CACHE_SIZE);
    }

    @Bean
    KnowledgeIngestor knowledgeIngestor(
            ServingCollection index, EmbeddingProvider embeddings, VectorProperties properties) {
        return new KnowledgeIngestor(index, embeddings, new Chunker(properties.chunkChars()));
    }

    @Bean
    VectorSearchController vectorSearchController(EvidenceSearch search, ServingCollection index) {
        return new VectorSearchController(search, index);
    }

    /** The HTTP API answers only callers presenting {@code AURA_SERVICE_KEY}. */
    @Bean
    FilterRegistrationBean<ServiceKeyFilter> vectorServiceKeyFilter(ServiceKeyProperties properties) {
        FilterRegistrationBean<ServiceKeyFilter> registration =
                new FilterRegistrationBean<>(new ServiceKeyFilter(properties.serviceKey()));
        registration.addUrlPatterns("/vector/v1/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Runs before readiness turns UP (and before other runners), so the first request finds the knowledge base. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner starterKnowledgeLoader(
            KnowledgeIngestor ingestor, VectorProperties properties, ObjectProvider<EmbeddingProgress> progress) {
        return args -> {
            if (properties.loadStarterKnowledge()) {
                // The launcher registers a progress bar for a person at a terminal; elsewhere nothing is drawn.
                ingestor.synchronise(
                        new ClasspathKnowledgeBase().documents(),
                        ClasspathKnowledgeBase.ORIGIN,
                        progress.getIfAvailable(() -> EmbeddingProgress.NONE));
            }
        };
    }
}
