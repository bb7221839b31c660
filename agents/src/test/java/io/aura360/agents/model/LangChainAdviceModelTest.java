package io.aura360.agents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.aura360.contracts.Category;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.UserContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class LangChainAdviceModelTest {

    private static final String THREE_RECOMMENDATIONS = """
			{"summary": {"title": "Tu plan", "message": "Tres pasos."},
			 "recommendations": [
			   {"type": "stress_coach", "description": "Respira despacio.", "confidence": 0.8, "evidence_ids": ["stress#3"]},
			   {"type": "stress_coach", "description": "Acuéstate a la misma hora.", "confidence": 0.7, "evidence_ids": ["sleep#1"]},
			   {"type": "stress_coach", "description": "Haz pausas cortas.", "confidence": 0.6, "evidence_ids": ["stress#3"]}],
			 "follow_up": []}""";

    private final Clock clock = Clock.systemUTC();

    @Test
    void sendsFixedInstructionsAsSystemMessageAndThePromptAsUserMessageInTheAnswerSchemaFormat() {
        ScriptedChatModel chat = new ScriptedChatModel(reply(THREE_RECOMMENDATIONS, FinishReason.STOP));
        ModelRequest request = Requests.request("en", Duration.ofSeconds(5));

        model(chat).answer(request);

        ChatRequest sent = chat.requests.get(0);
        assertThat(sent.responseFormat().type()).isEqualTo(ResponseFormatType.JSON);
        assertThat(sent.responseFormat().jsonSchema().rootElement())
                .isInstanceOfSatisfying(
                        JsonObjectSchema.class,
                        answer -> assertThat(answer.required())
                                .containsExactly("summary", "recommendations", "follow_up"));
        assertThat(sent.messages()).hasSize(2);
        assertThat(((SystemMessage) sent.messages().get(0)).text())
                .contains(
                        "only these ids: sleep#1, stress#3",
                        "No diagnosis, and no medication or dosing advice",
                        "At most 3 recommendations",
                        "in English");
        assertThat(((UserMessage) sent.messages().get(1)).singleText()).isEqualTo(request.prompt());
    }

    @Test
    void writesItsInstructionsInSpanishForSpanishRequests() {
        ScriptedChatModel chat = new ScriptedChatModel(reply(THREE_RECOMMENDATIONS, FinishReason.STOP));

        model(chat).answer(Requests.request("es", Duration.ofSeconds(5)));

        assertThat(((SystemMessage) chat.requests.get(0).messages().get(0)).text())
                .contains(
                        "solo estos: sleep#1, stress#3",
                        "Sin diagnósticos y sin consejos sobre medicamentos o dosis",
                        "en español");
    }

    @Test
    void keepsNoMoreRecommendationsThanTheRequestAllows() {
        ScriptedChatModel chat = new ScriptedChatModel(reply(THREE_RECOMMENDATIONS, FinishReason.STOP));
        ModelRequest request = new ModelRequest(
                "stress_coach",
                Category.MIND,
                "es",
                "prompt",
                "estrés",
                Requests.EVIDENCE,
                UserContext.empty(),
                2,
                Instant.now().plusSeconds(5));

        ModelAnswer answer = model(chat).answer(request);

        assertThat(answer.recommendations())
                .extracting(r -> r.description())
                .containsExactly("Respira despacio.", "Acuéstate a la misma hora.");
        assertThat(answer.summary().title()).isEqualTo("Tu plan");
    }

    @Test
    void repairShowsTheModelItsOwnAnswerAndTheErrorsAndAddsUpTokens() {
        String uncited = THREE_RECOMMENDATIONS.replace("[\"sleep#1\"]", "[]");
        ScriptedChatModel chat = new ScriptedChatModel(
                reply(uncited, FinishReason.STOP), reply(THREE_RECOMMENDATIONS, FinishReason.STOP));

        ModelAnswer answer = model(chat).answer(Requests.request("en", Duration.ofSeconds(5)));

        List<ChatMessage> repair = chat.requests.get(1).messages();
        assertThat(repair).hasSize(4);
        assertThat(((AiMessage) repair.get(2)).text()).isEqualTo(uncited);
        assertThat(((UserMessage) repair.get(3)).singleText())
                .contains("$.recommendations[1].evidence_ids: must have at least 1 items but found 0");
        assertThat(answer.inputTokens()).isEqualTo(200);
        assertThat(answer.outputTokens()).isEqualTo(100);
        assertThat(answer.attempts()).isEqualTo(1);
    }

    @Test
    void repairsAnAnswerCutOffEvenWhenWhatArrivedParses() {
        ScriptedChatModel chat = new ScriptedChatModel(
                reply(THREE_RECOMMENDATIONS, FinishReason.LENGTH), reply(THREE_RECOMMENDATIONS, FinishReason.STOP));

        ModelAnswer answer = model(chat).answer(Requests.request("en", Duration.ofSeconds(5)));

        assertThat(chat.requests).hasSize(2);
        assertThat(answer.finishReason()).isEqualTo("stop");
    }

    @Test
    void failsWithTheRemainingErrorsWhenTheRepairIsInvalidToo() {
        ScriptedChatModel chat = new ScriptedChatModel(
                reply("not json", FinishReason.STOP),
                reply("{\"recommendations\": [{\"type\": \"x\"}]}", FinishReason.STOP));

        AgentRunException failure = catchThrowableOfType(
                AgentRunException.class, () -> model(chat).answer(Requests.request("en", Duration.ofSeconds(5))));

        assertThat(failure.errorType()).isEqualTo(ErrorType.MODEL_OUTPUT_INVALID);
        assertThat(failure.recoverable()).isFalse();
        assertThat(failure.getMessage()).contains("$.recommendations[0]", "description");
    }

    @Test
    void doesNotCallTheModelOnceTheDeadlineHasPassed() {
        ScriptedChatModel chat = new ScriptedChatModel(reply(THREE_RECOMMENDATIONS, FinishReason.STOP));

        AgentRunException failure = catchThrowableOfType(
                AgentRunException.class,
                () -> model(chat).answer(Requests.request("en", Instant.now().minusMillis(1))));

        assertThat(failure.errorType()).isEqualTo(ErrorType.MODEL_UNAVAILABLE);
        assertThat(failure.recoverable()).isTrue();
        assertThat(chat.requests).isEmpty();
    }

    private LangChainAdviceModel model(ChatModel chat) {
        return new LangChainAdviceModel(chat, "scripted/model", clock);
    }

    private static ChatResponse reply(String text, FinishReason finishReason) {
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(text))
                .tokenUsage(new TokenUsage(100, 50))
                .finishReason(finishReason)
                .build();
    }

    /** A chat model that replies with its script and keeps what it was sent. */
    private static final class ScriptedChatModel implements ChatModel {

        private final Deque<ChatResponse> replies;

        private final List<ChatRequest> requests = new ArrayList<>();

        ScriptedChatModel(ChatResponse... replies) {
            this.replies = new ArrayDeque<>(List.of(replies));
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            requests.add(request);
            return replies.removeFirst();
        }
    }
}
