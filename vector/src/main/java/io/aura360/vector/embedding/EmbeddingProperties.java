package io.aura360.vector.embedding;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which embedding model the vector service uses ({@code aura.embedding.*}; environment: {@code AURA_EMBEDDING},
 * {@code AURA_EMBEDDING_MODEL_PATH}, ...). {@code provider} is {@code bge-small-en-v15-q} (default, in the jar),
 * {@code onnx} (a local model by path) or {@code gemini}.
 */
@ConfigurationProperties("aura.embedding")
public record EmbeddingProperties(
        String provider,
        Path modelPath,
        Path tokenizerPath,
        String pooling,
        String queryPrefix,
        String passagePrefix,
        Integer batchSize,
        Gemini gemini) {

    public static final String BGE_SMALL = "bge-small-en-v15-q";

    public static final String ONNX = "onnx";

    public static final String GEMINI = "gemini";

    public EmbeddingProperties {
        provider = blank(provider) ? BGE_SMALL : provider.strip().toLowerCase(Locale.ROOT);
        // An unset variable arrives as an empty string, which would otherwise become the working directory.
        modelPath = (modelPath == null || blank(modelPath.toString())) ? null : modelPath;
        tokenizerPath = (tokenizerPath == null || blank(tokenizerPath.toString())) ? null : tokenizerPath;
        pooling = blank(pooling) ? "mean" : pooling.strip();
        batchSize = (batchSize == null) ? 32 : batchSize;
        gemini = (gemini == null) ? new Gemini(null, null, null, null, null) : gemini;
    }

    /**
     * The settings from environment variables, as application.yml maps them, for commands that run without
     * Spring ({@code ./aura360 ingest}).
     */
    public static EmbeddingProperties fromEnvironment(Map<String, String> env) {
        Function<String, Path> path = name -> blank(env.get(name)) ? null : Path.of(env.get(name));
        String apiKey = blank(env.get("AURA_EMBEDDING_API_KEY"))
                ? env.get("AURA_LLM_API_KEY")
                : env.get("AURA_EMBEDDING_API_KEY");
        return new EmbeddingProperties(
                env.get("AURA_EMBEDDING"),
                path.apply("AURA_EMBEDDING_MODEL_PATH"),
                path.apply("AURA_EMBEDDING_TOKENIZER_PATH"),
                env.get("AURA_EMBEDDING_POOLING"),
                env.get("AURA_EMBEDDING_QUERY_PREFIX"),
                env.get("AURA_EMBEDDING_PASSAGE_PREFIX"),
                null,
                new Gemini(
                        apiKey,
                        env.get("AURA_EMBEDDING_GEMINI_MODEL"),
                        env.get("AURA_EMBEDDING_GEMINI_BASE_URL"),
                        null,
                        null));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The defaults: the in-jar bge-small model. */
    public static EmbeddingProperties defaults() {
        return new EmbeddingProperties(null, null, null, null, null, null, null, null);
    }

    /** Gemini settings; {@code apiKey} falls back to {@code AURA_LLM_API_KEY} in application.yml. */
    public record Gemini(String apiKey, String model, String baseUrl, Integer dimension, Duration timeout) {

        GeminiEmbeddingProvider.Settings settings() {
            return new GeminiEmbeddingProvider.Settings(
                    apiKey, model, baseUrl, (dimension == null) ? 0 : dimension, timeout);
        }
    }
}
