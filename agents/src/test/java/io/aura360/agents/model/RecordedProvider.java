package io.aura360.agents.model;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;

/**
 * A hosted model provider as it looks on the wire: how its client is built, where it posts, what a request in its
 * JSON-schema response format carries, and its recorded response bodies under {@code wire/}. The wire tests run against each one.
 */
interface RecordedProvider {

    /** The provider's chat model, talking to {@code baseUrl}. */
    ChatModel chatModel(String baseUrl, Duration timeout);

    /** The path prefix of the provider's base URL ({@code /v1beta}, {@code /v1}). */
    String basePath();

    /** The path the provider posts completions to. */
    String completionPath();

    /**
     * {@code completions} narrowed to those naming the configured model, with the key, asking for JSON shaped by the
     * answer schema (converted from the advice payload schema).
     */
    RequestPatternBuilder inSchemaModeForTheModel(RequestPatternBuilder completions);

    /** A recorded answer: {@code valid}, {@code schema-invalid}, {@code malformed} or {@code truncated}. */
    String answerBody(String kind);

    /** The recorded error body for {@code status}. */
    String errorBody(int status);

    /** Input and output tokens of the recorded valid answer. */
    int[] recordedTokens();

    /** A refusal typical of this provider: its status and recorded body. */
    int refusalStatus();

    String refusalBody();
}
