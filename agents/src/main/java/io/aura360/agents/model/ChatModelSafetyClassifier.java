package io.aura360.agents.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import io.aura360.agents.guardrail.CrisisRisk;
import io.aura360.agents.guardrail.SafetyClassifier;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link SafetyClassifier} over any LangChain4j chat model: one call, a JSON-schema answer
 * {@code {"risk": "none|concern|high", "category": "..."}}, abandoned after {@code timeout} (the call runs on a
 * virtual thread that is interrupted then). No retries: the offline layers already answered.
 */
public final class ChatModelSafetyClassifier implements SafetyClassifier {

    static final List<String> CATEGORIES = List.of(
            "none",
            "passive_wish",
            "active_ideation",
            "method_or_place",
            "plan_or_intent",
            "preparatory",
            "farewell",
            "burden",
            "hopelessness_trapped",
            "self_injury");

    private static final String INSTRUCTIONS = "You screen messages sent to a wellbeing app for suicide and self-harm "
            + "risk of the writer themself (Spanish or English). Answer only with JSON. risk: high for active ideation, "
            + "a method or place, a plan or intent, preparatory acts, farewells, or current self-injury; concern for a "
            + "passive wish to be dead or gone, feeling a burden, hopelessness or feeling trapped, or past or ambiguous "
            + "self-injury; none for idioms, fiction, someone else's risk, medical questions and everyday matters. "
            + "category: one of " + CATEGORIES + ".";

    private static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder()
                    .name("crisis_screen")
                    .rootElement(JsonObjectSchema.builder()
                            .addEnumProperty("risk", List.of("none", "concern", "high"))
                            .addEnumProperty("category", CATEGORIES)
                            .required("risk", "category")
                            .additionalProperties(false)
                            .build())
                    .build())
            .build();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChatModel model;

    private final Duration timeout;

    public ChatModelSafetyClassifier(ChatModel model, Duration timeout) {
        this.model = model;
        this.timeout = timeout;
    }

    @Override
    public Classification classify(String text) {
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(INSTRUCTIONS), UserMessage.from(text))
                .responseFormat(FORMAT)
                .build();
        CompletableFuture<String> answer = new CompletableFuture<>();
        Thread call = Thread.ofVirtual().name("safety-model-call").start(() -> {
            try {
                answer.complete(model.chat(request).aiMessage().text());
            } catch (RuntimeException ex) {
                answer.completeExceptionally(ex);
            }
        });
        try {
            return parse(answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException ex) {
            call.interrupt();
            throw new IllegalStateException("safety model gave no answer within " + timeout, ex);
        } catch (InterruptedException ex) {
            call.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the safety model", ex);
        } catch (ExecutionException ex) {
            throw new IllegalStateException("safety model call failed", ex.getCause());
        }
    }

    private static Classification parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            String category = node.path("category").asText();
            if (!CATEGORIES.contains(category)) {
                throw new IllegalStateException("safety model answered an unknown category");
            }
            return new Classification(CrisisRisk.parse(node.path("risk").asText()), category);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException ex) {
            throw new IllegalStateException("safety model answer is not the expected JSON", ex);
        }
    }
}
