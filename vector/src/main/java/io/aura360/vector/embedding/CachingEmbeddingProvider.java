package io.aura360.vector.embedding;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers query embeddings: agent steps search with fixed focus phrases and often several steps search the
 * same user message, so most queries repeat. Documents are not cached (each is embedded once per version).
 */
public final class CachingEmbeddingProvider extends ForwardingEmbeddingProvider {

    private final Cache<String, float[]> queries;

    public CachingEmbeddingProvider(EmbeddingProvider delegate, long maximumQueries) {
        super(delegate);
        this.queries = Caffeine.newBuilder().maximumSize(maximumQueries).build();
    }

    @Override
    public float[] embedQuery(String query) {
        return queries.get(query, delegate()::embedQuery).clone();
    }
}
