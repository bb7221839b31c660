package io.aura360.agents.model;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;

/** OpenAI's chat completions API, which every OpenAI-compatible server imitates: {@code POST /v1/chat/completions}. */
final class OpenAiWire implements RecordedProvider {

    private static final String MODEL = "gpt-4o-mini";

    private static final String ANSWER_FIELDS = "[\"summary\", \"recommendations\", \"follow_up\"]";

    private static final String RECOMMENDATION_FIELDS = "[\"type\", \"description\", \"confidence\", \"evidence_ids\"]";

    @Override
    public ChatModel chatModel(String baseUrl, Duration timeout) {
        return ChatModels.openAiCompatible(new ModelEndpoint(baseUrl, "sk-test-key1", MODEL, timeout));
    }

    @Override
    public String basePath() {
        return "/v1";
    }

    @Override
    public String completionPath() {
        return "/v1/chat/completions";
    }

    @Override
    public RequestPatternBuilder inSchemaModeForTheModel(RequestPatternBuilder completions) {
        return completions
                .withHeader("Authorization", equalTo("Bearer sk-test-key1"))
                .withRequestBody(matchingJsonPath("$.model", equalTo(MODEL)))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.strict", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("advice_answer")))
                .withRequestBody(
                        matchingJsonPath("$.response_format.json_schema.schema.required", equalToJson(ANSWER_FIELDS)))
                .withRequestBody(matchingJsonPath(
                        "$.response_format.json_schema.schema.properties.recommendations.items.required",
                        equalToJson(RECOMMENDATION_FIELDS)))
                .withRequestBody(matchingJsonPath(
                        "$.response_format.json_schema.schema.properties.recommendations.items.additionalProperties",
                        equalTo("false")))
                .withRequestBody(matchingJsonPath(
                        "$.response_format.json_schema.schema.properties.recommendations.items.properties.confidence.type",
                        equalTo("number")))
                .withRequestBody(matchingJsonPath(
                        "$.response_format.json_schema.schema.properties.follow_up.items.properties.due_date.anyOf[1].type",
                        equalTo("null")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[1].role", equalTo("user")));
    }

    @Override
    public String answerBody(String kind) {
        return Requests.wire("openai/chat-completion-" + kind + ".json");
    }

    @Override
    public String errorBody(int status) {
        return Requests.wire("openai/error-" + status + ".json");
    }

    @Override
    public int[] recordedTokens() {
        return new int[] {398, 176};
    }

    @Override
    public int refusalStatus() {
        return 404;
    }

    @Override
    public String refusalBody() {
        return Requests.wire("openai/error-404-model-not-found.json");
    }

    @Override
    public String toString() {
        return "openai";
    }
}
