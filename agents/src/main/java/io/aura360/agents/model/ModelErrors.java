package io.aura360.agents.model;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Translates what a model call throws into an {@link AgentRunException} whose {@code recoverable} flag drives
 * our retries: timeouts, 408, 429, 5xx and broken connections may succeed on a later attempt
 * ({@code MODEL_UNAVAILABLE}); a request the provider refuses (400, 401, 403, 404, bad key, unknown model) will
 * be refused again ({@code MODEL_REJECTED}). Messages carry the status and exception kind, never the provider's
 * response body, so no echoed key or prompt text reaches {@code holistic_requests.error_detail}.
 */
public final class ModelErrors {

    private ModelErrors() {}

    /** The run error for {@code failure}; an {@link AgentRunException} is returned as it is. */
    public static AgentRunException classify(Throwable failure) {
        if (failure instanceof AgentRunException known) {
            return known;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            AgentRunException decided = decide(cause, failure);
            if (decided != null) {
                return decided;
            }
        }
        return new AgentRunException(
                ErrorType.MODEL_UNAVAILABLE, false, "model call failed: " + kind(failure), failure);
    }

    /** The deadline of the request came before the model answered; a later request may still succeed. */
    public static AgentRunException deadlineReached(Throwable cause) {
        return new AgentRunException(
                ErrorType.MODEL_UNAVAILABLE, true, "the model did not answer before the request deadline", cause);
    }

    private static AgentRunException decide(Throwable cause, Throwable failure) {
        if (cause instanceof HttpException http) {
            return byStatus(http.statusCode(), failure);
        }
        // UnresolvedModelServerException is "non-retriable" for LangChain4j: a host name that does not
        // resolve is a configuration problem, so retrying inside one request cannot help.
        if (cause instanceof UnresolvedModelServerException
                || cause instanceof UnknownHostException
                || cause instanceof UnresolvedAddressException) {
            return new AgentRunException(
                    ErrorType.MODEL_UNAVAILABLE, false, "model server name does not resolve", failure);
        }
        if (cause instanceof RetriableException) {
            // TimeoutException, RateLimitException and InternalServerException all extend it.
            return unavailable(kind(cause), failure);
        }
        if (cause instanceof AuthenticationException
                || cause instanceof ModelNotFoundException
                || cause instanceof InvalidRequestException
                || cause instanceof NonRetriableException) {
            return new AgentRunException(
                    ErrorType.MODEL_REJECTED, false, "model refused the request: " + kind(cause), failure);
        }
        if (cause instanceof IOException) {
            // connection refused or reset, HttpTimeoutException, a response cut mid-way
            return unavailable(kind(cause), failure);
        }
        return null;
    }

    private static AgentRunException byStatus(int status, Throwable failure) {
        if (status == 408 || status == 429 || status >= 500) {
            return unavailable("HTTP " + status, failure);
        }
        return new AgentRunException(
                ErrorType.MODEL_REJECTED, false, "model refused the request: HTTP " + status, failure);
    }

    private static AgentRunException unavailable(String what, Throwable failure) {
        return new AgentRunException(ErrorType.MODEL_UNAVAILABLE, true, "model unavailable: " + what, failure);
    }

    private static String kind(Throwable failure) {
        Throwable statusCarrier = failure;
        while (statusCarrier != null && !(statusCarrier instanceof HttpException)) {
            statusCarrier = statusCarrier.getCause();
        }
        String name = failure.getClass().getSimpleName();
        return (statusCarrier instanceof HttpException http) ? name + " (HTTP " + http.statusCode() + ")" : name;
    }
}
