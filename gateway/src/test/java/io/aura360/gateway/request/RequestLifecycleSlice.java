package io.aura360.gateway.request;

import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.gateway.database.AdviceTransactions;
import io.aura360.gateway.database.DatabaseProperties;
import io.aura360.gateway.fallback.FallbackEvidence;
import io.aura360.gateway.review.ReviewQueue;
import io.aura360.gateway.trace.TraceContextHeaders;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request lifecycle's persistence (how requests end, their audit, response and event) and the reaper; nothing
 * else. A test class extends it with the {@code DataSource} of its own freshly migrated database, so test classes
 * never see each other's requests. Not a {@code @Configuration}: the
 * application's component scan reaches this package and must not pick it up.
 */
@Import({
    RequestOutcomes.class,
    AgentRunAudit.class,
    CompletedResponses.class,
    StaleRequestReaper.class,
    ProvisionalSummaries.class,
    TraceContextHeaders.class,
    ReviewQueue.class,
    AdviceTransactions.class
})
abstract class RequestLifecycleSlice {

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    @Bean
    RequestRows requestRows(JdbcClient jdbc) {
        return new RequestRows(jdbc);
    }

    @Bean
    TransactionTemplate transactionTemplate(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Bean
    JsonMapper jsonMapper() {
        return JsonMapper.builder().build();
    }

    @Bean
    DatabaseProperties databaseProperties() {
        return new DatabaseProperties(3, Duration.ofSeconds(5));
    }

    @Bean
    GatewayProperties gatewayProperties() {
        return new GatewayProperties(Duration.ofSeconds(1), Duration.ofSeconds(2), 0);
    }

    /** No evidence is kept, so no provisional summary is offered. */
    @Bean
    FallbackEvidence fallbackEvidence() {
        return new FallbackEvidence() {
            @Override
            public List<EvidenceHit> recent(String category, String locale, int limit) {
                return List.of();
            }

            @Override
            public void remember(String category, String locale, List<EvidenceHit> evidence) {}
        };
    }
}
