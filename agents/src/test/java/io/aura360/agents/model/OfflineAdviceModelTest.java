package io.aura360.agents.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.compose.OfflineGroundedComposer;
import io.aura360.contracts.Category;
import io.aura360.contracts.agents.UserContext;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OfflineAdviceModelTest {

    private final OfflineAdviceModel model = new OfflineAdviceModel();

    @Test
    void answersWithTheComposersGroundedRecommendations() {
        ModelRequest request = Requests.request("en", Duration.ofSeconds(5));

        ModelAnswer answer = model.answer(request);

        assertThat(answer.recommendations())
                .isEqualTo(new OfflineGroundedComposer()
                        .recommend("stress_coach", Requests.EVIDENCE, request.query(), request.maxRecommendations()));
        assertThat(answer.recommendations()).allSatisfy(r -> {
            assertThat(r.type()).isEqualTo("stress_coach");
            assertThat(r.evidenceIds()).singleElement().isIn("sleep#1", "stress#3");
        });
    }

    @Test
    void usesNoTokensTakesOneAttemptAndLeavesTheSummaryToThePipeline() {
        ModelAnswer answer = model.answer(Requests.request("es", Duration.ofSeconds(5)));

        assertThat(answer.summary()).isNull();
        assertThat(answer.inputTokens()).isZero();
        assertThat(answer.outputTokens()).isZero();
        assertThat(answer.finishReason()).isEqualTo("stop");
        assertThat(answer.attempts()).isEqualTo(1);
    }

    @Test
    void givesNoMoreRecommendationsThanTheRequestAllows() {
        ModelRequest request = new ModelRequest(
                "stress_coach",
                Category.MIND,
                "en",
                "prompt",
                "stress",
                Requests.EVIDENCE,
                UserContext.empty(),
                1,
                Instant.now().plusSeconds(5));

        assertThat(model.answer(request).recommendations()).hasSize(1);
    }

    @Test
    void recordsTheComposerAsItsModelVersion() {
        assertThat(model.modelVersion()).isEqualTo(OfflineGroundedComposer.MODEL);
    }
}
