package io.aura360.vector.embedding;

import dev.langchain4j.model.googleai.GoogleAiEmbeddingModel;
import dev.langchain4j.model.googleai.GoogleAiEmbeddingModel.TaskType;
import java.time.Duration;

/**
 * Gemini embeddings through LangChain4j ({@code POST {baseUrl}/models/{model}:batchEmbedContents}, key in
 * {@code x-goog-api-key}): passages are embedded with task type {@code RETRIEVAL_DOCUMENT}, queries with
 * {@code RETRIEVAL_QUERY}, as Google recommends for search. LangChain4j retries rate limits (429), server errors
 * and timeouts twice with backoff (its embedding model ignores {@code maxRetries}); when the three attempts fail
 * the call fails with {@link EmbeddingUnavailableException}.
 */
public final class GeminiEmbeddingProvider extends ForwardingEmbeddingProvider {

    /** The API accepts at most 100 requests in one batchEmbedContents call. */
    private static final int MAX_BATCH = 100;

    public GeminiEmbeddingProvider(Settings settings) {
        super(new LangChainEmbeddingProvider(
                "gemini:" + settings.model() + "/" + settings.dimension(),
                settings.dimension(),
                model(settings, TaskType.RETRIEVAL_QUERY),
                model(settings, TaskType.RETRIEVAL_DOCUMENT),
                LangChainEmbeddingProvider.Prefixes.NONE,
                MAX_BATCH));
    }

    private static GoogleAiEmbeddingModel model(Settings settings, TaskType taskType) {
        GoogleAiEmbeddingModel.GoogleAiEmbeddingModelBuilder builder = GoogleAiEmbeddingModel.builder();
        builder.apiKey(settings.apiKey())
                .modelName(settings.model())
                .taskType(taskType)
                .outputDimensionality(settings.dimension())
                .timeout(settings.timeout());
        if (settings.baseUrl() != null) {
            builder.baseUrl(settings.baseUrl());
        }
        return builder.build();
    }

    /** How to reach Gemini. {@code baseUrl} null means Google's public endpoint. */
    public record Settings(String apiKey, String model, String baseUrl, int dimension, Duration timeout) {

        public static final String DEFAULT_MODEL = "gemini-embedding-001";

        public static final int DEFAULT_DIMENSION = 3072;

        public Settings {
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalArgumentException(
                        "AURA_EMBEDDING=gemini needs an API key: set AURA_EMBEDDING_API_KEY (or AURA_LLM_API_KEY)");
            }
            model = (model == null || model.isBlank()) ? DEFAULT_MODEL : model;
            baseUrl = (baseUrl == null || baseUrl.isBlank()) ? null : baseUrl;
            dimension = (dimension <= 0) ? DEFAULT_DIMENSION : dimension;
            timeout = (timeout == null) ? Duration.ofSeconds(30) : timeout;
        }
    }
}
