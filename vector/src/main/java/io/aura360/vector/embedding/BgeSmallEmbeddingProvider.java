package io.aura360.vector.embedding;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;

/**
 * bge-small-en-v1.5, int8-quantised ONNX, shipped inside the LangChain4j jar and run by ONNX Runtime in
 * process: 384 dimensions, no network.
 */
public final class BgeSmallEmbeddingProvider implements EmbeddingProvider {

    public static final String MODEL_ID = "bge-small-en-v1.5-q@langchain4j-1.20.0-beta30";

    /** The instruction bge v1.5 was trained with for short retrieval queries (passages get none). */
    public static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    /** Where the LangChain4j jar keeps the model and its tokenizer (classpath resources). */
    public static final String MODEL_RESOURCE = "/bge-small-en-v1.5-q.onnx";

    public static final String TOKENIZER_RESOURCE = "/bge-small-en-v1.5-q-tokenizer.json";

    public static final int DIMENSION = 384;

    /**
     * The instruction goes before queries of at most this many words. Measured on the dev halves
     * (docs/retrieval-quality.md): it helps short, keyword-like queries and hurts full questions (XQuAD,
     * Spanish questions over English passages), as bge's model card notes for long queries.
     */
    public static final int INSTRUCTION_MAX_WORDS = 8;

    private static final int BATCH_SIZE = 64;

    private final EmbeddingProvider delegate;

    public BgeSmallEmbeddingProvider() {
        BgeSmallEnV15QuantizedEmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();
        this.delegate = new LangChainEmbeddingProvider(
                MODEL_ID,
                DIMENSION,
                model,
                model,
                new LangChainEmbeddingProvider.Prefixes(QUERY_INSTRUCTION, "", INSTRUCTION_MAX_WORDS),
                BATCH_SIZE);
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[] embedQuery(String query) {
        return delegate.embedQuery(query);
    }

    @Override
    public List<float[]> embedDocuments(List<String> passages) {
        return delegate.embedDocuments(passages);
    }
}
