package io.aura360.gateway.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.aura360.contracts.Category;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.agents.UserContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Gateway retries of the agents call, against an agents service that answers from a script of outcomes. */
class AgentCallRetryTest {

    private static final AgentRunResult DONE = AgentAnswers.emptyAnswer(UUID.randomUUID());

    /** Plays its outcomes in order: a result or a failure to throw. */
    private static final class ScriptedAgents implements AdviceAgents {

        final Deque<Object> script;

        int calls;

        ScriptedAgents(Object... outcomes) {
            this.script = new ArrayDeque<>(List.of(outcomes));
        }

        @Override
        public AgentRunResult run(AgentRunRequest request) {
            calls++;
            Object next = script.pop();
            if (next instanceof AgentRunException failure) {
                throw failure;
            }
            return (AgentRunResult) next;
        }

        @Override
        public void forgetUser(UUID userId) {
            throw new AssertionError("AgentCallRetry only runs agents: it must never erase a user's memory");
        }
    }

    @Test
    void retriesRecoverableFailuresAndCountsTheRetries() {
        ScriptedAgents agents = new ScriptedAgents(unavailable(), unavailable(), DONE);

        AgentCallRetry.Attempted attempted =
                retry(agents).run(request(Instant.now().plusSeconds(10)));

        assertThat(attempted.result()).isSameAs(DONE);
        assertThat(attempted.retries()).isEqualTo(2);
        assertThat(agents.calls).isEqualTo(3);
    }

    @Test
    void givesUpAfterTwoRetries() {
        ScriptedAgents agents = new ScriptedAgents(unavailable(), unavailable(), unavailable(), DONE);

        assertThatExceptionOfType(AgentCallRetry.RetriesExhausted.class)
                .isThrownBy(() -> retry(agents).run(request(Instant.now().plusSeconds(10))))
                .satisfies(ex -> {
                    assertThat(ex.retries()).isEqualTo(2);
                    assertThat(ex.failure().errorType()).isEqualTo(ErrorType.VECTOR_SERVICE_UNAVAILABLE);
                });
        assertThat(agents.calls).isEqualTo(3);
    }

    @Test
    void neverRetriesALogicalFailure() {
        ScriptedAgents agents =
                new ScriptedAgents(new AgentRunException(ErrorType.NO_AGENT_PROFILE, false, "none", null), DONE);

        assertThatExceptionOfType(AgentCallRetry.RetriesExhausted.class)
                .isThrownBy(() -> retry(agents).run(request(Instant.now().plusSeconds(10))))
                .satisfies(ex -> assertThat(ex.retries()).isZero());
        assertThat(agents.calls).isEqualTo(1);
    }

    @Test
    void doesNotWaitPastTheDeadline() {
        ScriptedAgents agents = new ScriptedAgents(unavailable(), DONE);
        AgentCallRetry patient = new AgentCallRetry(agents, Clock.systemUTC(), Duration.ofSeconds(5));

        assertThatExceptionOfType(AgentCallRetry.RetriesExhausted.class)
                .isThrownBy(() -> patient.run(request(Instant.now().plusMillis(500))));
        assertThat(agents.calls).isEqualTo(1);
    }

    private static AgentCallRetry retry(AdviceAgents agents) {
        return new AgentCallRetry(agents, Clock.systemUTC(), Duration.ofMillis(5));
    }

    private static AgentRunException unavailable() {
        return new AgentRunException(ErrorType.VECTOR_SERVICE_UNAVAILABLE, true, "down", null);
    }

    private static AgentRunRequest request(Instant deadline) {
        return new AgentRunRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Category.MIND,
                "en",
                "free",
                null,
                null,
                new UserContext(Map.of(), List.of(), List.of(), Map.of(), List.of(), Map.of()),
                deadline,
                List.of(),
                List.of());
    }
}
