package io.aura360.vector.smoke;

import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.search.HybridEvidenceSearch;
import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.CollectionSpecs;
import io.aura360.vector.store.KnowledgeCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Retrieval smoke checks on one collection: first that the embedding model fits the collection (dimension and
 * model, naming both when not), then that every known query finds its expected documents within its top_k.
 * Used by {@code ./aura360 smoke}, at start with {@code AURA_SMOKE_ON_START=true}, and to verify a re-embedded
 * collection before its alias moves.
 */
public final class SmokeCheck {

    private final Supplier<List<SmokeQuery>> queries;

    /** {@code queries} is read at every run, so an edited smoke file counts without a restart. */
    public SmokeCheck(Supplier<List<SmokeQuery>> queries) {
        this.queries = queries;
    }

    public SmokeReport run(KnowledgeCollection collection, EmbeddingProvider embeddings) {
        List<SmokeQuery> queries = this.queries.get();
        String name = collection.spec().name();
        try {
            CollectionSpecs.requireCompatible(
                    collection.spec(), new CollectionSpec(name, embeddings.modelId(), embeddings.dimension()), "");
        } catch (IllegalStateException mismatch) {
            return new SmokeReport(name, 1, List.of("dimension check: " + mismatch.getMessage()));
        }
        HybridEvidenceSearch search = new HybridEvidenceSearch(collection, embeddings);
        List<String> failures = new ArrayList<>();
        for (SmokeQuery query : queries) {
            try {
                List<String> found = search.search(query.request()).results().stream()
                        .map(EvidenceHit::docId)
                        .toList();
                List<String> missing = query.expect().stream()
                        .filter(id -> !found.contains(id))
                        .toList();
                if (!missing.isEmpty()) {
                    failures.add("'" + query.query() + "' missed " + missing + " (found " + found + ")");
                }
            } catch (RuntimeException ex) {
                failures.add("'" + query.query() + "' failed: " + ex.getMessage());
            }
        }
        return new SmokeReport(name, queries.size() + 1, failures);
    }
}
