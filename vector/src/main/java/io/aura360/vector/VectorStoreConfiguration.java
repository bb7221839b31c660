package io.aura360.vector;

import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.index.LuceneKnowledgeStore;
import io.aura360.vector.qdrant.QdrantKnowledgeStore;
import io.aura360.vector.reembed.ReembedProperties;
import io.aura360.vector.reembed.ReembedSchedule;
import io.aura360.vector.reembed.Reembedder;
import io.aura360.vector.rerank.RerankProperties;
import io.aura360.vector.rerank.Reranker;
import io.aura360.vector.rerank.Rerankers;
import io.aura360.vector.search.DocumentGroupedSearch;
import io.aura360.vector.search.HybridEvidenceSearch;
import io.aura360.vector.search.MergedEvidenceSearch;
import io.aura360.vector.search.NeighbourChunks;
import io.aura360.vector.smoke.SmokeCheck;
import io.aura360.vector.smoke.SmokeQueries;
import io.aura360.vector.smoke.SmokeReport;
import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.CollectionSpecs;
import io.aura360.vector.store.KnowledgeCollection;
import io.aura360.vector.store.KnowledgeStore;
import io.aura360.vector.store.ServingCollection;
import io.aura360.vector.store.StoreProperties;
import io.aura360.vector.telemetry.TimedEvidenceSearch;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The collections: the backend chosen by {@code AURA_VECTOR_BACKEND}, the served collection behind its alias
 * (checked against the embedding model before anything is served), the smoke check at start and re-embedding.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StoreProperties.class, ReembedProperties.class, RerankProperties.class})
@EnableScheduling
public class VectorStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(VectorStoreConfiguration.class);

    @Bean(destroyMethod = "close")
    KnowledgeStore knowledgeStore(StoreProperties store, VectorProperties vector) {
        return switch (store.backend()) {
            case "qdrant" ->
                QdrantKnowledgeStore.connect(store.qdrantUrl(), store.qdrantApiKey(), Duration.ofSeconds(10));
            default -> new LuceneKnowledgeStore(vector.indexDir());
        };
    }

    /**
     * Refuses to serve a collection of another dimension or model than the configured embedding model (naming
     * both), unless re-embedding on model change is enabled, which then rebuilds it in the background.
     */
    @Bean
    ServingCollection servingCollection(
            KnowledgeStore store, StoreProperties properties, EmbeddingProvider embeddings, ReembedProperties reembed) {
        ServingCollection serving =
                ServingCollection.open(store, properties.collection(), embeddings.modelId(), embeddings.dimension());
        CollectionSpec configured =
                new CollectionSpec(properties.collection(), embeddings.modelId(), embeddings.dimension());
        try {
            CollectionSpecs.requireCompatible(serving.current().spec(), configured, " (" + store.backend() + ")");
        } catch (IllegalStateException mismatch) {
            if (!reembed.onModelChange()) {
                throw mismatch;
            }
            log.warn(
                    "{}; re-embedding it in the background (aura.vector.reembed.on-model-change)",
                    mismatch.getMessage());
        }
        for (String name : properties.mergeCollections()) {
            KnowledgeCollection merged = store.open(name)
                    .orElseThrow(() -> new IllegalStateException(
                            "merge collection " + name + " does not exist on " + store.backend()));
            CollectionSpecs.requireCompatible(merged.spec(), configured, " (" + store.backend() + ")");
        }
        return serving;
    }

    /**
     * One collection as is; several are merged (min-max normalised); either may be reranked, then grouped by
     * document when the request asks for it, with neighbouring chunks added last. Timed per search mode and backend
     * ({@code aura.search}).
     */
    @Bean
    EvidenceSearch evidenceSearch(
            ServingCollection serving,
            KnowledgeStore store,
            StoreProperties properties,
            EmbeddingProvider embeddings,
            RerankProperties rerank,
            MeterRegistry meters) {
        List<KnowledgeCollection> searched = new ArrayList<>(List.of(serving));
        for (String name : properties.mergeCollections()) {
            searched.add(store.open(name).orElseThrow());
        }
        return new TimedEvidenceSearch(
                new NeighbourChunks(new DocumentGroupedSearch(ranking(searched, embeddings, rerank)), searched),
                store.backend(),
                meters);
    }

    private static EvidenceSearch ranking(
            List<KnowledgeCollection> searched, EmbeddingProvider embeddings, RerankProperties rerank) {
        Optional<Reranker> reranker = Rerankers.from(rerank, embeddings);
        List<HybridEvidenceSearch> searches = searched.stream()
                .map(collection -> new HybridEvidenceSearch(collection, embeddings))
                .toList();
        if (searches.size() == 1 && reranker.isEmpty()) {
            return searches.get(0);
        }
        return new MergedEvidenceSearch(searches, reranker);
    }

    @Bean
    SmokeCheck smokeCheck(StoreProperties properties) {
        return new SmokeCheck(() -> SmokeQueries.load(properties.smokeFile()));
    }

    @Bean
    Reembedder reembedder(
            KnowledgeStore store, ServingCollection serving, EmbeddingProvider embeddings, SmokeCheck smoke) {
        return new Reembedder(store, serving, embeddings, smoke);
    }

    /** Background runs belong to a serving process; {@code ./aura360 reembed} runs in the foreground instead. */
    @Bean(destroyMethod = "close")
    @ConditionalOnWebApplication
    ReembedSchedule reembedSchedule(Reembedder reembedder) {
        return new ReembedSchedule(reembedder);
    }

    /** After the starter knowledge is loaded and before readiness: AURA_SMOKE_ON_START fails the start. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    ApplicationRunner smokeOnStart(
            StoreProperties properties, SmokeCheck smoke, ServingCollection serving, EmbeddingProvider embeddings) {
        return args -> {
            if (properties.smokeOnStart()) {
                SmokeReport report = smoke.run(serving, embeddings);
                if (!report.passed()) {
                    throw new IllegalStateException(
                            "retrieval smoke checks failed at start (AURA_SMOKE_ON_START=true): " + report.summary());
                }
                log.info(report.summary());
            }
        };
    }

    /** The cron runs are {@link ReembedSchedule}'s {@code @Scheduled} method. */
    @Bean
    @ConditionalOnWebApplication
    @Order(Ordered.HIGHEST_PRECEDENCE + 2)
    ApplicationRunner reembedOnModelChange(
            ReembedProperties properties, Reembedder reembedder, ReembedSchedule schedule) {
        return args -> {
            if (properties.onModelChange() && reembedder.needed()) {
                schedule.runNow(false);
            }
        };
    }
}
