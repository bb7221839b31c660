package io.aura360.agents.model;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.aura360.agents.model.ParsedAdvice.Invalid;
import io.aura360.agents.model.ParsedAdvice.Valid;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@link AdviceModel} over any LangChain4j {@link ChatModel} (Gemini, OpenAI-compatible servers; see
 * {@link ChatModels}). It asks for the JSON answer in the provider's JSON-schema response format
 * ({@link AdviceAnswerSchema}), still validates it against the full payload schema and, when the answer is unusable
 * or was cut off, makes exactly one repair call that shows the model its previous
 * output and the validation errors. Every call is bounded by the request deadline. It never retries failed
 * calls itself: build the chat model with {@code maxRetries(0)} and wrap this in {@link RetryingAdviceModel}.
 */
public final class LangChainAdviceModel implements AdviceModel {

    private final ChatModel chatModel;

    private final String modelVersion;

    private final DeadlineBoundCall calls;

    private final StructuredAdviceParser parser;

    // Built (from the payload schema) when the model is, not within the first request's deadline.
    private final ResponseFormat responseFormat = AdviceAnswerSchema.responseFormat();

    public LangChainAdviceModel(ChatModel chatModel, String modelVersion, Clock clock) {
        this(chatModel, modelVersion, clock, new StructuredAdviceParser());
    }

    public LangChainAdviceModel(ChatModel chatModel, String modelVersion, Clock clock, StructuredAdviceParser parser) {
        this.chatModel = chatModel;
        this.modelVersion = modelVersion;
        this.calls = new DeadlineBoundCall(clock);
        this.parser = parser;
    }

    @Override
    public String modelVersion() {
        return modelVersion;
    }

    @Override
    public ModelAnswer answer(ModelRequest request) {
        List<ChatMessage> conversation =
                List.of(SystemMessage.from(AdviceInstructions.system(request)), UserMessage.from(request.prompt()));
        Exchange first = exchange(conversation, request);
        if (first.advice() instanceof Valid valid) {
            return answer(valid, request, first.response().tokenUsage(), first);
        }
        List<String> errors = ((Invalid) first.advice()).errors();
        Exchange repair = exchange(repairConversation(conversation, first, request.locale(), errors), request);
        if (repair.advice() instanceof Valid valid) {
            return answer(
                    valid,
                    request,
                    TokenUsage.sum(
                            first.response().tokenUsage(), repair.response().tokenUsage()),
                    repair);
        }
        throw new AgentRunException(
                ErrorType.MODEL_OUTPUT_INVALID,
                false,
                "the model's answer was still invalid after " + "one repair attempt: "
                        + String.join("; ", ((Invalid) repair.advice()).errors()),
                null);
    }

    private Exchange exchange(List<ChatMessage> messages, ModelRequest request) {
        ChatRequest chat = ChatRequest.builder()
                .messages(messages)
                .responseFormat(responseFormat)
                .build();
        ChatResponse response = calls.call(() -> chatModel.chat(chat), request.deadline());
        String text =
                (response.aiMessage() == null) ? null : response.aiMessage().text();
        ParsedAdvice advice = parser.parse(text, request.evidence());
        if (response.finishReason() == FinishReason.LENGTH) {
            // A cut answer may still parse (a closed array, say), but it is not the answer the model meant.
            List<String> errors = new ArrayList<>();
            errors.add("the answer was cut off because it reached the output token limit: write a shorter answer");
            if (advice instanceof Invalid invalid) {
                errors.addAll(invalid.errors());
            }
            advice = new Invalid(errors);
        }
        return new Exchange(response, text, advice);
    }

    private static List<ChatMessage> repairConversation(
            List<ChatMessage> conversation, Exchange failed, String locale, List<String> errors) {
        List<ChatMessage> repair = new ArrayList<>(conversation);
        if (failed.text() != null && !failed.text().isBlank()) {
            repair.add(AiMessage.from(failed.text()));
        }
        repair.add(UserMessage.from(AdviceInstructions.repair(locale, errors)));
        return repair;
    }

    private static ModelAnswer answer(Valid advice, ModelRequest request, TokenUsage usage, Exchange last) {
        int max = Math.max(0, request.maxRecommendations());
        return new ModelAnswer(
                advice.recommendations().stream().limit(max).toList(),
                advice.summary(),
                count(usage == null ? null : usage.inputTokenCount()),
                count(usage == null ? null : usage.outputTokenCount()),
                finishReason(last.response()),
                1);
    }

    private static int count(Integer tokens) {
        return (tokens == null) ? 0 : tokens;
    }

    private static String finishReason(ChatResponse response) {
        FinishReason reason = response.finishReason();
        return (reason == null) ? "unknown" : reason.name().toLowerCase(Locale.ROOT);
    }

    private record Exchange(ChatResponse response, String text, ParsedAdvice advice) {}
}
