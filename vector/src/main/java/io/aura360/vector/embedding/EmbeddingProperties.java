package io.aura360.vector.embedding;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which embedding model the vector service uses ({@code aura.embedding.*}; environment: {@code AURA_EMBEDDING},
 * {@code AURA_EMBEDDING_MODEL_PATH}, ...). {@code provider} is {@code bge-small-en-v15-q} (default, in the jar),
 * {@code onnx} (a local model by path) or {@code gemini}.
 */
@ConfigurationProperties("aura.embedding")
public record EmbeddingProperties(String provider, Path modelPath, Path tokenizerPath, String pooling,
		String queryPrefix, String passagePrefix, Integer batchSize, Gemini gemini) {

	public static final String BGE_SMALL = "bge-small-en-v15-q";

	public static final String ONNX = "onnx";

	public static final String GEMINI = "gemini";

	public EmbeddingProperties {
		provider = (provider == null || provider.isBlank()) ? BGE_SMALL : provider.strip().toLowerCase();
		pooling = (pooling == null || pooling.isBlank()) ? "mean" : pooling.strip();
		batchSize = (batchSize == null) ? 32 : batchSize;
		gemini = (gemini == null) ? new Gemini(null, null, null, null, null) : gemini;
	}

	/** The defaults: the in-jar bge-small model. */
	public static EmbeddingProperties defaults() {
		return new EmbeddingProperties(null, null, null, null, null, null, null, null);
	}

	/** Gemini settings; {@code apiKey} falls back to {@code AURA_LLM_API_KEY} in application.yml. */
	public record Gemini(String apiKey, String model, String baseUrl, Integer dimension, Duration timeout) {

		GeminiEmbeddingProvider.Settings settings() {
			return new GeminiEmbeddingProvider.Settings(apiKey, model, baseUrl, (dimension == null) ? 0 : dimension,
					timeout);
		}

	}

}
