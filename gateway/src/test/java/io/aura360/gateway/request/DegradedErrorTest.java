package io.aura360.gateway.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.Category;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.advice.AdvicePayload;
import io.aura360.contracts.agents.AgentRunResult;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which error type a degraded answer is recorded and announced with: what made it degraded. */
class DegradedErrorTest {

    @Test
    void aFullAnswerHasNone() {
        assertThat(RequestOutcomes.degradedError(answer(false, List.of("model_fallback"))))
                .isNull();
    }

    @Test
    void fallbackEvidenceIsTheVectorService() {
        assertThat(RequestOutcomes.degradedError(answer(true, List.of("degraded_evidence"))))
                .isEqualTo(ErrorType.VECTOR_SERVICE_UNAVAILABLE);
        assertThat(RequestOutcomes.degradedError(answer(true, List.of("degraded_evidence", "model_fallback"))))
                .isEqualTo(ErrorType.VECTOR_SERVICE_UNAVAILABLE);
    }

    @Test
    void theOfflineComposerInPlaceOfTheHostedModelIsTheModel() {
        assertThat(RequestOutcomes.degradedError(answer(
                        true,
                        List.of("model_fallback", "model_fallback_cause:the model-openai circuit breaker is open"))))
                .isEqualTo(ErrorType.MODEL_UNAVAILABLE);
    }

    private static AgentRunResult answer(boolean degraded, List<String> flags) {
        return new AgentRunResult(
                new AdvicePayload(
                        AdvicePayload.CURRENT_VERSION,
                        new AdvicePayload.PayloadUser(UUID.randomUUID().toString(), "free", "en"),
                        Category.MIND,
                        new AdvicePayload.Summary("t", "m"),
                        List.of(),
                        List.of(),
                        List.of(),
                        new AdvicePayload.AgentDiagnostics("offline", "a".repeat(64), flags)),
                List.of(),
                false,
                degraded);
    }
}
