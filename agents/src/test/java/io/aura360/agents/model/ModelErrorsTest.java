package io.aura360.agents.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelErrorsTest {

    @Test
    void rateLimitsTimeoutsAndServerErrorsAreRecoverable() {
        assertRecoverable(new RateLimitException(new HttpException(429, "{}")));
        assertRecoverable(new InternalServerException(new HttpException(503, "{}")));
        assertRecoverable(new TimeoutException(new HttpTimeoutException("request timed out")));
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void aBareHttpStatusThatMaySucceedLaterIsRecoverable(int status) {
        assertRecoverable(new HttpException(status, "{}"));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 422})
    void aBareHttpStatusTheProviderWillRepeatIsRejected(int status) {
        assertRejected(new HttpException(status, "{}"));
    }

    @Test
    void authenticationUnknownModelsAndInvalidRequestsAreRejected() {
        assertRejected(new AuthenticationException(new HttpException(401, "{}")));
        assertRejected(new ModelNotFoundException(new HttpException(404, "{}")));
        assertRejected(new InvalidRequestException(new HttpException(400, "{}")));
    }

    @Test
    void brokenConnectionsAreRecoverableWhereverTheyAreWrapped() {
        // the JDK HTTP client of LangChain4j wraps connection failures in a plain RuntimeException
        assertRecoverable(new RuntimeException(new ConnectException("Connection refused")));
        assertRecoverable(new LangChain4jException(new IOException("HTTP/1.1 header parser received no bytes")));
    }

    @Test
    void aModelServerNameThatDoesNotResolveIsUnavailableButNotRetried() {
        AgentRunException error = ModelErrors.classify(new UnresolvedModelServerException("no.such.host"));

        assertThat(error.errorType()).isEqualTo(ErrorType.MODEL_UNAVAILABLE);
        assertThat(error.recoverable()).isFalse();
    }

    @Test
    void keepsAnAgentRunExceptionAsItIs() {
        AgentRunException original = new AgentRunException(ErrorType.MODEL_OUTPUT_INVALID, false, "bad", null);

        assertThat(ModelErrors.classify(original)).isSameAs(original);
    }

    @Test
    void namesTheStatusButNotTheProviderResponseBody() {
        AgentRunException error = ModelErrors.classify(
                new AuthenticationException(new HttpException(401, "Incorrect API key provided: sk-secret")));

        assertThat(error.getMessage()).contains("HTTP 401").doesNotContain("sk-secret");
    }

    private static void assertRecoverable(Throwable failure) {
        AgentRunException error = ModelErrors.classify(failure);
        assertThat(error.errorType()).isEqualTo(ErrorType.MODEL_UNAVAILABLE);
        assertThat(error.recoverable()).isTrue();
        assertThat(error.getCause()).isSameAs(failure);
    }

    private static void assertRejected(Throwable failure) {
        AgentRunException error = ModelErrors.classify(failure);
        assertThat(error.errorType()).isEqualTo(ErrorType.MODEL_REJECTED);
        assertThat(error.recoverable()).isFalse();
    }
}
