package io.aura360.vector.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FloatPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.SearchFilters;
import io.aura360.contracts.vector.SearchMode;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.contracts.vector.VectorQueryRejectedException;
import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.index.ChunkFields;
import io.aura360.vector.index.DimensionMismatchException;
import io.aura360.vector.index.IndexedChunk;
import io.aura360.vector.index.LuceneKnowledgeIndex;

/**
 * Evidence search on the embedded Lucene collection. Filters go inside both searches (the HNSW walk only
 * visits matching chunks, so a narrow filter never starves the results); hybrid mode fuses the dense and the
 * BM25 rankings with reciprocal-rank fusion, weighted per locale ({@link FusionWeights}).
 */
public final class LuceneEvidenceSearch implements EvidenceSearch {

	/** Each ranking fetches more candidates than asked for, so fusion has something to reorder. */
	private static final int CANDIDATE_FACTOR = 4;

	private static final int MIN_CANDIDATES = 20;

	private final LuceneKnowledgeIndex index;

	private final EmbeddingProvider embeddings;

	private final Analyzer analyzer;

	public LuceneEvidenceSearch(LuceneKnowledgeIndex index, EmbeddingProvider embeddings) {
		this.index = index;
		this.embeddings = embeddings;
		this.analyzer = ChunkFields.analyzer();
	}

	@Override
	public SearchResponse search(SearchRequest request) {
		try {
			return rank(request);
		}
		catch (DimensionMismatchException ex) {
			throw new VectorQueryRejectedException("DIMENSION_MISMATCH", ex.getMessage(), ex);
		}
	}

	private SearchResponse rank(SearchRequest request) {
		List<List<IndexedChunk>> rankings = rankings(request);
		List<IndexedChunk> ranked = (rankings.size() == 1) ? rankings.get(0).stream().limit(request.topK()).toList()
				: fuse(rankings, request);
		List<EvidenceHit> hits = ranked.stream()
			.map(c -> new EvidenceHit(c.sourceId(), c.docId(), c.url(), c.chunk(), c.score()))
			.toList();
		return new SearchResponse(LuceneKnowledgeIndex.COLLECTION, embeddings.modelId(), hits);
	}

	private static List<IndexedChunk> fuse(List<List<IndexedChunk>> rankings, SearchRequest request) {
		FusionWeights weights = FusionWeights.forLocale(request.filters().locale());
		return ReciprocalRankFusion.fuse(rankings, weights.inRankingOrder(), weights.k(), request.topK());
	}

	/** The rankings a request fuses: dense first, then BM25 (only the one its mode asks for when not hybrid). */
	List<List<IndexedChunk>> rankings(SearchRequest request) {
		int candidates = Math.max(request.topK() * CANDIDATE_FACTOR, MIN_CANDIDATES);
		Query filter = filterQuery(request.filters());
		List<List<IndexedChunk>> rankings = new ArrayList<>();
		if (request.mode() != SearchMode.BM25) {
			float[] vector = index.requireDimension(embeddings.embedQuery(request.query()));
			rankings.add(index.search(new KnnFloatVectorQuery(ChunkFields.VECTOR, vector, candidates, filter),
					candidates));
		}
		if (request.mode() != SearchMode.DENSE) {
			rankings.add(index.search(lexicalQuery(request.query(), request.filters().locale(), filter), candidates));
		}
		return rankings;
	}

	private Query lexicalQuery(String text, String locale, Query filter) {
		QueryBuilder builder = new QueryBuilder(analyzer);
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		List<String> fields = (locale == null || locale.isBlank()) ? ChunkFields.allTextFields()
				: List.of(ChunkFields.textField(locale));
		for (String field : fields) {
			Query terms = builder.createBooleanQuery(field, text);
			if (terms != null) {
				query.add(terms, Occur.SHOULD);
			}
		}
		query.setMinimumNumberShouldMatch(1);
		query.add(filter, Occur.FILTER);
		return query.build();
	}

	static Query filterQuery(SearchFilters filters) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(new MatchAllDocsQuery(), Occur.FILTER);
		term(query, ChunkFields.CATEGORY, filters.category());
		term(query, ChunkFields.LOCALE, filters.locale());
		term(query, ChunkFields.SOURCE_TYPE, filters.sourceType());
		if (filters.minConfidence() != null) {
			query.add(FloatPoint.newRangeQuery(ChunkFields.CONFIDENCE, filters.minConfidence().floatValue(),
					Float.POSITIVE_INFINITY), Occur.FILTER);
		}
		return query.build();
	}

	private static void term(BooleanQuery.Builder query, String field, String value) {
		if (value != null && !value.isBlank()) {
			query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
		}
	}

}
