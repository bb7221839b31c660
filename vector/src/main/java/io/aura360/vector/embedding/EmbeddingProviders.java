package io.aura360.vector.embedding;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.util.Locale;

/** Builds the configured {@link EmbeddingProvider}; an unknown or incomplete configuration fails at start. */
public final class EmbeddingProviders {

    private EmbeddingProviders() {}

    public static EmbeddingProvider create(EmbeddingProperties properties) {
        return switch (properties.provider()) {
            case EmbeddingProperties.BGE_SMALL -> new BgeSmallEmbeddingProvider();
            case EmbeddingProperties.ONNX -> onnx(properties);
            case EmbeddingProperties.GEMINI ->
                new GeminiEmbeddingProvider(properties.gemini().settings());
            default ->
                throw new IllegalArgumentException("unknown AURA_EMBEDDING '" + properties.provider()
                        + "': use " + EmbeddingProperties.BGE_SMALL + ", " + EmbeddingProperties.ONNX + " or "
                        + EmbeddingProperties.GEMINI);
        };
    }

    private static EmbeddingProvider onnx(EmbeddingProperties properties) {
        if (properties.modelPath() == null) {
            throw new IllegalArgumentException(
                    "AURA_EMBEDDING=onnx needs AURA_EMBEDDING_MODEL_PATH (the .onnx file or its directory)");
        }
        return OnnxFileEmbeddingProvider.load(
                properties.modelPath(),
                properties.tokenizerPath(),
                pooling(properties.pooling()),
                new LangChainEmbeddingProvider.Prefixes(properties.queryPrefix(), properties.passagePrefix()),
                properties.batchSize());
    }

    private static PoolingMode pooling(String name) {
        try {
            return PoolingMode.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("unknown pooling mode '" + name + "': use mean or cls", ex);
        }
    }
}
