package io.aura360.agents.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.aura360.contracts.Category;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentProfile.Match;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRecord;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.agents.AgentStep;
import io.aura360.contracts.agents.AgentStep.Retrieval;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a run fails, or degrades, when a profile, a model, the vector service or the deadline is missing. */
class AgentPipelineFailureTest extends PipelineFixture {

    @Test
    void noProfileForTheCategoryFailsWithoutRetry() {
        AgentRunRequest body = request(Category.BODY, "en", null);

        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> pipeline.run(body))
                .satisfies(ex -> {
                    assertThat(ex.errorType()).isEqualTo(ErrorType.NO_AGENT_PROFILE);
                    assertThat(ex.recoverable()).isFalse();
                });
        assertThat(search.requests()).isEmpty();
    }

    @Test
    void noProfileMatchingTheUserFailsWithoutRetry() {
        AgentProfile premiumOnly = new AgentProfile(
                "premium",
                Category.MIND,
                10,
                true,
                new Match(Set.of("premium"), Set.of(), Set.of()),
                List.of(SLEEP_STEP));
        AgentProfile disabled =
                new AgentProfile("disabled", Category.MIND, 10, false, Match.EVERYONE, List.of(SLEEP_STEP));
        AgentRunRequest free = freeMindRequest(List.of(premiumOnly, disabled), List.of());

        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> pipeline.run(free))
                .satisfies(ex -> assertThat(ex.errorType()).isEqualTo(ErrorType.NO_AGENT_PROFILE));
    }

    @Test
    void stepAskingForAnUnconfiguredModelFailsWithoutRetry() {
        AgentStep remote = new AgentStep(
                "sleep_coach",
                "gemini-2.5-flash",
                "advice",
                Map.of("en", "sleep"),
                new Retrieval(List.of(), 3, 0.3),
                List.of());
        List<AgentProfile> remoteOnly =
                List.of(new AgentProfile("remote", Category.MIND, 10, true, Match.EVERYONE, List.of(remote)));

        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> pipeline.run(request(Category.MIND, "en", null, remoteOnly)))
                .satisfies(ex -> {
                    assertThat(ex.errorType()).isEqualTo(ErrorType.MODEL_NOT_CONFIGURED);
                    assertThat(ex.recoverable()).isFalse();
                    assertThat(ex).hasMessageContaining("gemini-2.5-flash");
                });
        assertThat(search.requests()).isEmpty();
    }

    @Test
    void vectorServiceDownFailsAsRecoverable() {
        search.goDown();

        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> pipeline.run(request(Category.MIND, "en", null)))
                .satisfies(ex -> {
                    assertThat(ex.errorType()).isEqualTo(ErrorType.VECTOR_SERVICE_UNAVAILABLE);
                    assertThat(ex.recoverable()).isTrue();
                    assertThat(ex).hasCauseInstanceOf(VectorServiceUnavailableException.class);
                });
    }

    @Test
    void vectorServiceDownAnswersFromTheFallbackEvidenceTheRequestCarriesFlaggedDegraded() {
        search.goDown();
        AgentRunRequest withFallback =
                freeMindRequest(PROFILES, List.of(SLOW_BREATHING, REGULAR_ROUTINE, DARK_ROOM, SHORT_NAPS, JOURNALING));

        AgentRunResult result = pipeline.run(withFallback);

        assertThat(result.degraded()).isTrue();
        assertThat(result.payload().agentDiagnostics().safetyFlags()).contains("degraded_evidence");
        assertThat(result.payload().summary().message()).contains("recently saved sources");
        assertThat(result.agentRuns())
                .as("each step takes as many saved hits as its top_k")
                .extracting(
                        AgentRunRecord::agentName,
                        run -> run.vectorQueries().get(0).collectionName(),
                        run -> run.vectorQueries().get(0).results().size())
                .containsExactly(
                        tuple("stress_coach", "fallback_evidence", 2), tuple("sleep_coach", "fallback_evidence", 4));
        assertThat(search.requests()).isNotEmpty();
        assertThat(result.payload().recommendations()).isNotEmpty();
    }

    @Test
    void deadlineInThePastFailsBeforeAnySearch() {
        AgentRunRequest late = request(Category.MIND, "en", null).withDeadline(NOW.minusMillis(1));

        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> pipeline.run(late))
                .satisfies(ex -> assertThat(ex.errorType()).isEqualTo(ErrorType.DEADLINE_EXCEEDED));
        assertThat(search.requests()).isEmpty();
    }

    @Test
    void deadlineInTheFutureLetsTheRunProceed() {
        AgentRunRequest onTime = request(Category.MIND, "en", null).withDeadline(NOW.plusSeconds(5));

        assertThat(pipeline.run(onTime).payload().recommendations()).isNotEmpty();
    }
}
