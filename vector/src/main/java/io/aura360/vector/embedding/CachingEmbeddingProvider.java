package io.aura360.vector.embedding;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers query embeddings: agent steps search with fixed focus phrases and often several steps search the
 * same user message, so most queries repeat. Documents are not cached (each is embedded once per version).
 */
public final class CachingEmbeddingProvider implements EmbeddingProvider {

	private final EmbeddingProvider delegate;

	private final Cache<String, float[]> queries;

	public CachingEmbeddingProvider(EmbeddingProvider delegate, long maximumQueries) {
		this.delegate = delegate;
		this.queries = Caffeine.newBuilder().maximumSize(maximumQueries).build();
	}

	@Override
	public String modelId() {
		return delegate.modelId();
	}

	@Override
	public int dimension() {
		return delegate.dimension();
	}

	@Override
	public float[] embedQuery(String query) {
		return queries.get(query, delegate::embedQuery).clone();
	}

	@Override
	public List<float[]> embedDocuments(List<String> passages) {
		return delegate.embedDocuments(passages);
	}

}
