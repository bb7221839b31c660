package io.aura360.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.Category;
import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.gateway.database.FreshDatabase;
import io.aura360.gateway.fallback.JdbcFallbackEvidence;
import io.aura360.vector.ingest.ClasspathKnowledgeBase;
import io.aura360.vector.ingest.KnowledgeDocument;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The split gateway's fallback evidence comes from the starter knowledge base, on real PostgreSQL. */
class StarterFallbackEvidenceTest {

    @Test
    void fillsEveryEmptySliceWithThatSlicesOwnDocuments() {
        try (FreshDatabase database = FreshDatabase.migrated()) {
            JdbcFallbackEvidence fallback = new JdbcFallbackEvidence(database.jdbc());

            new StarterFallbackEvidence(fallback).run(null);

            Set<String> known = new ClasspathKnowledgeBase()
                    .documents().stream().map(KnowledgeDocument::id).collect(Collectors.toSet());
            for (Category category : Category.values()) {
                for (String locale : List.of("en", "es")) {
                    List<EvidenceHit> kept = fallback.recent(category.wireName(), locale, 20);
                    assertThat(kept).as("%s/%s", category, locale).hasSize(8).allSatisfy(hit -> {
                        assertThat(hit.docId())
                                .startsWith(category.wireName() + "-" + locale + "-")
                                .isIn(known);
                        assertThat(hit.sourceId()).isEqualTo(hit.docId() + "#0");
                        assertThat(hit.chunk()).isNotBlank();
                        assertThat(hit.url()).startsWith("https://");
                    });
                }
            }
        }
    }

    @Test
    void leavesASliceRefreshedByGoodAnswersAlone() {
        try (FreshDatabase database = FreshDatabase.migrated()) {
            JdbcFallbackEvidence fallback = new JdbcFallbackEvidence(database.jdbc());
            EvidenceHit fresh =
                    new EvidenceHit("mind-en-stress#3", "mind-en-stress", "https://www.who.int/", "Fresh.", 0.9);
            fallback.remember("mind", "en", List.of(fresh));

            new StarterFallbackEvidence(fallback).run(null);

            assertThat(fallback.recent("mind", "en", 20)).containsExactly(fresh);
            assertThat(fallback.recent("mind", "es", 20)).hasSize(8);
        }
    }
}
