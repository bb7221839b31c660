package io.aura360.vector.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Adapts LangChain4j embedding models to the {@link EmbeddingProvider} port: adds the model's query and passage
 * prefixes, sends documents in batches of at most {@code batchSize}, checks the count and dimension of every
 * answer and L2-normalises each vector. Any failure of the model surfaces as {@link EmbeddingUnavailableException}.
 */
public final class LangChainEmbeddingProvider implements EmbeddingProvider {

    private final String modelId;

    private final int dimension;

    private final EmbeddingModel queryModel;

    private final EmbeddingModel documentModel;

    private final Prefixes prefixes;

    private final int batchSize;

    /**
     * @param queryModel embeds queries; {@code documentModel} embeds passages (the same model for symmetric and
     * prefix-based models, two task types for Gemini)
     */
    public LangChainEmbeddingProvider(
            String modelId,
            int dimension,
            EmbeddingModel queryModel,
            EmbeddingModel documentModel,
            Prefixes prefixes,
            int batchSize) {
        if (dimension <= 0 || batchSize <= 0) {
            throw new IllegalArgumentException("dimension and batch size must be positive");
        }
        this.modelId = modelId;
        this.dimension = dimension;
        this.queryModel = queryModel;
        this.documentModel = documentModel;
        this.prefixes = prefixes;
        this.batchSize = batchSize;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[] embedQuery(String query) {
        return embed(queryModel, List.of(prefixes.queryInput(query))).get(0);
    }

    @Override
    public List<float[]> embedDocuments(List<String> passages) {
        List<float[]> vectors = new ArrayList<>(passages.size());
        for (int from = 0; from < passages.size(); from += batchSize) {
            List<String> batch = passages.subList(from, Math.min(passages.size(), from + batchSize));
            vectors.addAll(embed(
                    documentModel,
                    batch.stream().map(p -> prefixes.passage() + p).toList()));
        }
        return vectors;
    }

    private List<float[]> embed(EmbeddingModel model, List<String> texts) {
        List<Embedding> embeddings;
        try {
            embeddings = model.embedAll(texts.stream().map(TextSegment::from).toList())
                    .content();
        } catch (RuntimeException ex) {
            throw new EmbeddingUnavailableException("embedding model " + modelId + " failed: " + ex.getMessage(), ex);
        }
        if (embeddings == null || embeddings.size() != texts.size()) {
            throw new EmbeddingUnavailableException("embedding model " + modelId + " returned "
                    + (embeddings == null ? 0 : embeddings.size()) + " vectors for " + texts.size() + " texts");
        }
        return embeddings.stream().map(this::checked).toList();
    }

    private float[] checked(Embedding embedding) {
        float[] vector = (embedding == null) ? null : embedding.vector();
        if (vector == null || vector.length != dimension) {
            throw new EmbeddingUnavailableException("embedding model " + modelId + " returned "
                    + (vector == null ? "no vector" : vector.length + " dimensions") + ", expected " + dimension);
        }
        try {
            return VectorMath.normalised(vector);
        } catch (IllegalStateException ex) {
            throw new EmbeddingUnavailableException("embedding model " + modelId + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * Text put before queries and passages, as asymmetric models were trained (bge, e5); empty for none. The
     * query prefix goes only before queries of at most {@code queryPrefixMaxWords} words (bge's instruction is
     * meant for short queries; every query when not given).
     */
    public record Prefixes(String query, String passage, int queryPrefixMaxWords) {

        public static final Prefixes NONE = new Prefixes("", "");

        public Prefixes {
            query = (query == null) ? "" : query;
            passage = (passage == null) ? "" : passage;
            if (queryPrefixMaxWords < 0) {
                throw new IllegalArgumentException("queryPrefixMaxWords must not be negative");
            }
        }

        public Prefixes(String query, String passage) {
            this(query, passage, Integer.MAX_VALUE);
        }

        /** What the model is given for {@code query}. */
        public String queryInput(String query) {
            int words = query.strip().split("\\s+").length;
            return (words <= queryPrefixMaxWords) ? this.query + query : query;
        }
    }
}
