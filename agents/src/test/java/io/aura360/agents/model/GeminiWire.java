package io.aura360.agents.model;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;

/** Google's Gemini API: {@code POST /v1beta/models/{model}:generateContent}, key in {@code x-goog-api-key}. */
final class GeminiWire implements RecordedProvider {

    private static final String MODEL = "gemini-2.5-flash";

    @Override
    public ChatModel chatModel(String baseUrl, Duration timeout) {
        return ChatModels.gemini(new ModelEndpoint(baseUrl, "test-gemini-key", MODEL, timeout));
    }

    @Override
    public String basePath() {
        return "/v1beta";
    }

    @Override
    public String completionPath() {
        return "/v1beta/models/" + MODEL + ":generateContent";
    }

    @Override
    public RequestPatternBuilder inSchemaModeForTheModel(RequestPatternBuilder completions) {
        // the model name is part of completionPath()
        return completions
                .withHeader("x-goog-api-key", equalTo("test-gemini-key"))
                .withRequestBody(matchingJsonPath("$.generationConfig.responseMimeType", equalTo("application/json")))
                // Gemini's responseSchema is an OpenAPI subset: upper-case types, no additionalProperties.
                .withRequestBody(matchingJsonPath("$.generationConfig.responseSchema.type", equalTo("OBJECT")))
                .withRequestBody(matchingJsonPath(
                        "$.generationConfig.responseSchema.required",
                        equalToJson("[\"summary\", \"recommendations\", \"follow_up\"]")))
                .withRequestBody(matchingJsonPath(
                        "$.generationConfig.responseSchema.properties.recommendations.items.required",
                        equalToJson("[\"type\", \"description\", \"confidence\", \"evidence_ids\"]")))
                .withRequestBody(matchingJsonPath(
                        "$.generationConfig.responseSchema.properties.recommendations.items.properties.confidence.type",
                        equalTo("NUMBER")))
                .withRequestBody(matchingJsonPath(
                        "$.generationConfig.responseSchema.properties.follow_up.items.properties.due_date.anyOf[1].type",
                        equalTo("NULL")))
                .withRequestBody(matchingJsonPath("$.systemInstruction.parts[0].text"))
                .withRequestBody(matchingJsonPath("$.contents[0].role", equalTo("user")));
    }

    @Override
    public String answerBody(String kind) {
        return Requests.wire("gemini/generate-content-" + kind + ".json");
    }

    @Override
    public String errorBody(int status) {
        return Requests.wire("gemini/error-" + status + ".json");
    }

    @Override
    public int[] recordedTokens() {
        return new int[] {412, 168};
    }

    @Override
    public int refusalStatus() {
        return 400;
    }

    @Override
    public String refusalBody() {
        return Requests.wire("gemini/error-400-api-key-invalid.json");
    }

    @Override
    public String toString() {
        return "gemini";
    }
}
