package io.aura360.agents.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Where a hosted model lives ({@code AURA_LLM_BASE_URL}, {@code AURA_LLM_API_KEY}, {@code AURA_LLM_MODEL}) and
 * the longest one HTTP call to it may take. {@code baseUrl} null or blank means the provider's public endpoint;
 * {@code apiKey} may be null or blank for local OpenAI-compatible servers (Ollama, vLLM, llama.cpp).
 */
public record ModelEndpoint(String baseUrl, String apiKey, String modelName, Duration timeout) {

    public ModelEndpoint {
        // an unset environment variable often arrives as "", which must mean "not given", not an empty URL or key
        baseUrl = blankToNull(baseUrl);
        apiKey = blankToNull(apiKey);
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    private static String blankToNull(String value) {
        return (value == null || value.isBlank()) ? null : value.strip();
    }

    @Override
    public String toString() {
        // the key must never reach a log line
        return "ModelEndpoint[baseUrl=" + baseUrl + ", modelName=" + modelName + ", timeout=" + timeout + "]";
    }
}
