package io.aura360.app.service;

import io.aura360.contracts.Category;
import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.gateway.fallback.FallbackEvidence;
import io.aura360.vector.ingest.Chunker;
import io.aura360.vector.ingest.ClasspathKnowledgeBase;
import io.aura360.vector.ingest.KnowledgeDocument;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * The gateway deployed alone cannot search (the vector service may be the very thing that is down), so it warms
 * the fallback evidence straight from the knowledge base in its jar: the opening chunk of each document of a
 * category and language, most trusted source first, chunked as the vector service chunks them. Only empty slices
 * are filled, so evidence refreshed by good answers survives a restart. A degraded answer is then possible even
 * right after a cold start of the split deployment.
 */
final class StarterFallbackEvidence implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StarterFallbackEvidence.class);

    private static final int PER_SLICE = 8;

    /** The vector service's default chunk length ({@code aura.vector.chunk-chars}). */
    private static final int CHUNK_CHARS = 600;

    private final FallbackEvidence fallback;

    StarterFallbackEvidence(FallbackEvidence fallback) {
        this.fallback = fallback;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<KnowledgeDocument> documents = new ClasspathKnowledgeBase().documents();
        Chunker chunker = new Chunker(CHUNK_CHARS);
        int warmed = 0;
        for (Category category : Category.values()) {
            for (String locale : List.of("en", "es")) {
                if (!fallback.recent(category.wireName(), locale, 1).isEmpty()) {
                    continue;
                }
                fallback.remember(category.wireName(), locale, openingChunks(documents, chunker, category, locale));
                warmed++;
            }
        }
        log.info("fallback evidence warmed from the starter knowledge base for {} empty slices", warmed);
    }

    static List<EvidenceHit> openingChunks(
            List<KnowledgeDocument> documents, Chunker chunker, Category category, String locale) {
        return documents.stream()
                .filter(d ->
                        d.category().equals(category.wireName()) && d.locale().equals(locale))
                .sorted(Comparator.comparingDouble(KnowledgeDocument::confidence)
                        .reversed()
                        .thenComparing(KnowledgeDocument::id))
                .limit(PER_SLICE)
                .map(d -> new EvidenceHit(
                        d.id() + "#0",
                        d.id(),
                        d.url(),
                        chunker.chunk(d.body(), Locale.forLanguageTag(d.locale()))
                                .get(0),
                        d.confidence()))
                .toList();
    }
}
