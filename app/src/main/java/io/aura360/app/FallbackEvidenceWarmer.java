package io.aura360.app;

import io.aura360.contracts.Category;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.SearchFilters;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.gateway.fallback.FallbackEvidence;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Fills the fallback evidence from the knowledge base at start (after it is loaded), so that a degraded answer
 * is possible even right after a cold start; completed answers keep it fresh afterwards.
 */
final class FallbackEvidenceWarmer implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(FallbackEvidenceWarmer.class);

    private static final int PER_SLICE = 8;

    private static final Map<Category, String> QUERIES = Map.of(
            Category.MIND,
            "stress, mood, sleep and mental wellbeing",
            Category.BODY,
            "healthy eating, physical activity and sleep",
            Category.SOUL,
            "purpose, values, social connection and gratitude");

    private final EvidenceSearch search;

    private final FallbackEvidence fallback;

    FallbackEvidenceWarmer(EvidenceSearch search, FallbackEvidence fallback) {
        this.search = search;
        this.fallback = fallback;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Category category : Category.values()) {
            for (String locale : List.of("en", "es")) {
                SearchFilters slice = new SearchFilters(category.wireName(), locale, null, null);
                fallback.remember(
                        category.wireName(),
                        locale,
                        search.search(new SearchRequest(QUERIES.get(category), PER_SLICE, null, slice))
                                .results());
            }
        }
        log.info("fallback evidence warmed for {} categories x 2 languages", Category.values().length);
    }

    @Override
    public int getOrder() {
        // After the starter knowledge base is loaded (an unordered runner).
        return Ordered.LOWEST_PRECEDENCE;
    }
}
