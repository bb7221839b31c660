package io.aura360.agents.model;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.aura360.platform.breaker.CircuitBreakers;
import java.time.Clock;

/**
 * Builds the LangChain4j chat models behind {@link LangChainAdviceModel}, one per provider. LangChain4j's own
 * retries are switched off ({@code maxRetries(0)}): {@link RetryingAdviceModel} retries with a backoff that knows
 * the request deadline, and two retry layers would multiply attempts. The JSON-schema response format is asked for on
 * each request by {@link LangChainAdviceModel}, so it holds whichever way the chat model was built; OpenAI's is
 * strict, so the server constrains the answer to the schema instead of only asking for JSON.
 */
public final class ChatModels {

    private ChatModels() {}

    /** Google's Gemini API ({@code POST {baseUrl}/models/{model}:generateContent}, key in {@code x-goog-api-key}). */
    public static ChatModel gemini(ModelEndpoint endpoint) {
        GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder builder = GoogleAiGeminiChatModel.builder()
                .apiKey(endpoint.apiKey())
                .modelName(endpoint.modelName())
                .timeout(endpoint.timeout())
                .maxRetries(0);
        if (endpoint.baseUrl() != null) {
            builder.baseUrl(endpoint.baseUrl());
        }
        return builder.build();
    }

    /** Any server speaking OpenAI's {@code POST {baseUrl}/chat/completions}. */
    public static ChatModel openAiCompatible(ModelEndpoint endpoint) {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .apiKey(endpoint.apiKey())
                .modelName(endpoint.modelName())
                .timeout(endpoint.timeout())
                .maxRetries(0)
                .strictJsonSchema(true);
        if (endpoint.baseUrl() != null) {
            builder.baseUrl(endpoint.baseUrl());
        }
        return builder.build();
    }

    /**
     * A retried, deadline-bound Gemini advice model behind {@code breakers}' {@code model-gemini}, recorded as
     * {@code gemini/MODEL}.
     */
    public static AdviceModel geminiAdvice(ModelEndpoint endpoint, Clock clock, CircuitBreakers breakers) {
        return guardedAndRetried(
                new LangChainAdviceModel(gemini(endpoint), "gemini/" + endpoint.modelName(), clock),
                "model-gemini",
                clock,
                breakers);
    }

    /**
     * A retried, deadline-bound OpenAI-compatible advice model behind {@code breakers}' {@code model-openai},
     * recorded as {@code openai/MODEL}.
     */
    public static AdviceModel openAiCompatibleAdvice(ModelEndpoint endpoint, Clock clock, CircuitBreakers breakers) {
        return guardedAndRetried(
                new LangChainAdviceModel(openAiCompatible(endpoint), "openai/" + endpoint.modelName(), clock),
                "model-openai",
                clock,
                breakers);
    }

    /** Each attempt passes the breaker, so failed attempts count and an open breaker ends the retries. */
    private static AdviceModel guardedAndRetried(
            AdviceModel model, String breaker, Clock clock, CircuitBreakers breakers) {
        return new RetryingAdviceModel(
                new GuardedAdviceModel(model, breakers.breaker(breaker, GuardedAdviceModel::isModelFailure)), clock);
    }
}
