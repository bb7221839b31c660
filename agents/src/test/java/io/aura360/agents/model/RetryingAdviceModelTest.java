package io.aura360.agents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RetryingAdviceModelTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static final RetryingAdviceModel.Backoff TINY =
            new RetryingAdviceModel.Backoff(3, Duration.ofMillis(10), 2.0, 0.5);

    private static final ModelAnswer ANSWER = new ModelAnswer(List.of(), null, 10, 5, "stop", 1);

    @Test
    void retriesRecoverableFailuresAndCountsEveryAttempt() {
        ScriptedModel delegate = new ScriptedModel(unavailable("first"), unavailable("second"), () -> ANSWER);

        ModelAnswer answer = retrying(delegate, TINY).answer(request(Duration.ofSeconds(5)));

        assertThat(answer.attempts()).isEqualTo(3);
        assertThat(answer.inputTokens()).isEqualTo(10);
        assertThat(delegate.calls).isEqualTo(3);
    }

    @Test
    void givesUpAfterThreeAttemptsWithTheLastError() {
        AgentRunException last = new AgentRunException(ErrorType.MODEL_UNAVAILABLE, true, "third", null);
        ScriptedModel delegate = new ScriptedModel(unavailable("first"), unavailable("second"), () -> {
            throw last;
        });

        AgentRunException failure = catchThrowableOfType(
                AgentRunException.class, () -> retrying(delegate, TINY).answer(request(Duration.ofSeconds(5))));

        assertThat(failure).isSameAs(last);
        assertThat(delegate.calls).isEqualTo(3);
    }

    @Test
    void neverRetriesAFailureThatCannotSucceedLater() {
        ScriptedModel delegate = new ScriptedModel(() -> {
            throw new AgentRunException(ErrorType.MODEL_REJECTED, false, "bad key", null);
        });

        AgentRunException failure = catchThrowableOfType(
                AgentRunException.class, () -> retrying(delegate, TINY).answer(request(Duration.ofSeconds(5))));

        assertThat(failure.errorType()).isEqualTo(ErrorType.MODEL_REJECTED);
        assertThat(delegate.calls).isEqualTo(1);
    }

    @Test
    void startsNoAttemptWhoseBackoffWouldReachTheDeadline() {
        ScriptedModel delegate = new ScriptedModel(unavailable("first"), () -> ANSWER);
        RetryingAdviceModel.Backoff slow = new RetryingAdviceModel.Backoff(3, Duration.ofMillis(200), 2.0, 0.0);

        AgentRunException failure = catchThrowableOfType(
                AgentRunException.class, () -> retrying(delegate, slow).answer(request(Duration.ofMillis(150))));

        assertThat(failure.getMessage()).isEqualTo("first");
        assertThat(delegate.calls).isEqualTo(1);
    }

    @Test
    void retriesWhenTheBackoffEndsBeforeTheDeadline() {
        ScriptedModel delegate = new ScriptedModel(unavailable("first"), () -> ANSWER);
        RetryingAdviceModel.Backoff brief = new RetryingAdviceModel.Backoff(3, Duration.ofMillis(20), 2.0, 0.0);

        assertThat(retrying(delegate, brief)
                        .answer(request(Duration.ofMillis(150)))
                        .attempts())
                .isEqualTo(2);
    }

    @Test
    void passesTheRequestAndItsDeadlineThroughUnchanged() {
        ScriptedModel delegate = new ScriptedModel(() -> ANSWER);
        ModelRequest request = request(Duration.ofSeconds(3));

        retrying(delegate, TINY).answer(request);

        assertThat(delegate.lastRequest).isSameAs(request);
    }

    @Test
    void reportsTheDelegatesModelVersion() {
        assertThat(retrying(new OfflineAdviceModel(), TINY).modelVersion())
                .isEqualTo(new OfflineAdviceModel().modelVersion());
    }

    private static RetryingAdviceModel retrying(AdviceModel delegate, RetryingAdviceModel.Backoff backoff) {
        return new RetryingAdviceModel(delegate, CLOCK, backoff);
    }

    private static ModelRequest request(Duration budget) {
        return Requests.request("en", NOW.plus(budget));
    }

    private static Supplier<ModelAnswer> unavailable(String message) {
        return () -> {
            throw new AgentRunException(ErrorType.MODEL_UNAVAILABLE, true, message, null);
        };
    }

    /** Answers with its script, one step per call. */
    private static final class ScriptedModel implements AdviceModel {

        private final Deque<Supplier<ModelAnswer>> script;

        private int calls;

        private ModelRequest lastRequest;

        @SafeVarargs
        ScriptedModel(Supplier<ModelAnswer>... script) {
            this.script = new ArrayDeque<>(List.of(script));
        }

        @Override
        public String modelVersion() {
            return "scripted";
        }

        @Override
        public ModelAnswer answer(ModelRequest request) {
            calls++;
            lastRequest = request;
            return script.removeFirst().get();
        }
    }
}
