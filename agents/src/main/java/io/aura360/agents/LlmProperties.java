package io.aura360.agents;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hosted model, if any: {@code AURA_LLM_PROVIDER} ({@code offline}, {@code gemini} or {@code openai} for any
 * OpenAI-compatible server), {@code AURA_LLM_BASE_URL}, {@code AURA_LLM_MODEL}, {@code AURA_LLM_API_KEY}, and
 * the longest one call may take ({@code timeout}, always also bounded by the request's deadline).
 */
@ConfigurationProperties("aura.llm")
public record LlmProperties(String provider, String baseUrl, String model, String apiKey, Duration timeout) {

    static final Set<String> PROVIDERS = Set.of("offline", "gemini", "openai");

    public LlmProperties {
        provider = (provider == null || provider.isBlank())
                ? "offline"
                : provider.strip().toLowerCase(Locale.ROOT);
        if (!PROVIDERS.contains(provider)) {
            throw new IllegalArgumentException("AURA_LLM_PROVIDER must be one of " + PROVIDERS + ", not " + provider);
        }
        if (!"offline".equals(provider) && (model == null || model.isBlank())) {
            throw new IllegalArgumentException("AURA_LLM_MODEL must name the " + provider + " model to use");
        }
        timeout = (timeout == null) ? Duration.ofSeconds(10) : timeout;
    }

    @Override
    public String toString() {
        return "LlmProperties[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", timeout="
                + timeout + "]";
    }
}
