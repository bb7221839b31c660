package io.aura360.gateway.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aura360.contracts.Category;
import io.aura360.contracts.advice.AdvicePayload;
import io.aura360.gateway.problem.ApiProblemException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How an answer's risk is derived, and which listing parameters and resolutions are refused. */
class ReviewRulesTest {

    @Test
    void anAnswerFlaggedSelfHarmIsHighAndAnyOtherIsConcern() {
        assertThat(ReviewRisk.of(answer(new AdvicePayload.AgentDiagnostics("m", "c", List.of("self_harm_risk")))))
                .isEqualTo(ReviewRisk.HIGH);
        assertThat(ReviewRisk.of(answer(new AdvicePayload.AgentDiagnostics("m", "c", List.of("medical_claim")))))
                .isEqualTo(ReviewRisk.CONCERN);
        assertThat(ReviewRisk.of(answer(null))).isEqualTo(ReviewRisk.CONCERN);
    }

    @Test
    void aListingWithoutParametersIsTheNewestTwentyOfAnyStateAndRisk() {
        assertThat(ReviewListing.of(null, null, null, null))
                .isEqualTo(new ReviewListing(Optional.empty(), Optional.empty(), 20, Optional.empty()));
        UUID before = UUID.randomUUID();
        assertThat(ReviewListing.of("claimed", "high", "100", before.toString()))
                .isEqualTo(new ReviewListing(
                        Optional.of(ReviewState.CLAIMED), Optional.of(ReviewRisk.HIGH), 100, Optional.of(before)));
    }

    @Test
    void refusesEveryInvalidListingParameterAtOnce() {
        assertThatThrownBy(() -> ReviewListing.of("OPEN", "urgent", "-1", "42"))
                .isInstanceOfSatisfying(
                        ApiProblemException.class,
                        ex -> assertThat(fields(ex)).containsExactly("state", "risk", "limit", "before"));
    }

    @Test
    void aResolutionNeedsAKnownOutcomeAndANoteOfAtMost2000Characters() {
        assertThat(new Resolution("escalated", "x".repeat(2000)).checkedOutcome())
                .isEqualTo(ReviewOutcome.ESCALATED);
        // 2000 characters outside the Basic Multilingual Plane are 4000 UTF-16 units, and still 2000 characters.
        assertThat(new Resolution("no_action", "😀".repeat(2000)).checkedOutcome())
                .isEqualTo(ReviewOutcome.NO_ACTION);
        assertThatThrownBy(() -> new Resolution(null, "x".repeat(2001)).checkedOutcome())
                .isInstanceOfSatisfying(
                        ApiProblemException.class, ex -> assertThat(fields(ex)).containsExactly("outcome", "note"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ApiProblemException ex) {
        return ((List<Map<String, String>>) ex.properties().get("errors"))
                .stream().map(error -> error.get("field")).toList();
    }

    private static AdvicePayload answer(AdvicePayload.AgentDiagnostics diagnostics) {
        return new AdvicePayload(
                AdvicePayload.CURRENT_VERSION,
                new AdvicePayload.PayloadUser(UUID.randomUUID().toString(), "free", "en"),
                Category.MIND,
                new AdvicePayload.Summary("t", "m"),
                List.of(),
                List.of(),
                List.of(),
                diagnostics);
    }
}
