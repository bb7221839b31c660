package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.advice.AdvicePayload.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelTextGuardTest {

    private final ModelTextGuard guard = new ModelTextGuard();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Take 2 g of paracetamol before bed",
                "You have an anxiety disorder",
                "Toma melatonina 3 mg",
                "Sometimes I want to kill myself too"
            })
    void refusesASummaryThatGivesADoseADiagnosisOrCrisisWording(String text) {
        assertThat(guard.summary(new Summary("Your plan", text), List.of())).isEmpty();
        assertThat(guard.summary(new Summary(text, "Two small steps."), List.of()))
                .isEmpty();
    }

    @Test
    void refusesASummaryThatConflictsWithTheUsersMedicalFlags() {
        assertThat(guard.summary(new Summary("Relax", "A glass of wine helps you unwind."), List.of("pregnancy")))
                .isEmpty();
        assertThat(guard.summary(new Summary("Relax", "A glass of wine helps you unwind."), List.of()))
                .isPresent();
    }

    @Test
    void keepsASafeSummaryScrubbedOfIdentifiers() {
        assertThat(guard.summary(new Summary("Your plan", "Write to ana@example.com for a reminder."), List.of()))
                .hasValue(new Summary("Your plan", "Write to [email] for a reminder."));
    }

    @Test
    void removesRecommendationsWithCrisisWordingAndScrubsTheRest() {
        FilterResult result = guard.recommendations(
                List.of(
                        new Recommendation("coach", "Some nights I want to kill myself too.", 0.9, List.of("a#1")),
                        new Recommendation("coach", "Call +34 612 345 678 to book a walk.", 0.8, List.of("b#1"))),
                List.of());

        assertThat(result.kept())
                .singleElement()
                .satisfies(r -> assertThat(r.description()).isEqualTo("Call [phone] to book a walk."));
        assertThat(result.removedReasons()).containsExactly("crisis wording");
    }

    /** Decisions are remembered per text and medical flags: one user's verdict must not be served to another. */
    @Test
    void aRememberedDecisionHoldsOnlyForTheSameMedicalFlags() {
        Recommendation wine = new Recommendation("coach", "A glass of red wine helps you unwind.", 0.8, List.of("a#1"));

        assertThat(guard.recommendations(List.of(wine), List.of()).kept()).containsExactly(wine);
        assertThat(guard.recommendations(List.of(wine), List.of("pregnancy")).removedReasons())
                .singleElement()
                .satisfies(reason -> assertThat(reason).startsWith("conflicts with pregnancy"));
        assertThat(guard.recommendations(List.of(wine), List.of()).kept()).containsExactly(wine);
    }

    @Test
    void givesTheSameAnswerTheSecondTimeATextIsChecked() {
        Recommendation dose = new Recommendation("coach", "Take 500 mg of magnesium at night.", 0.7, List.of("a#1"));
        Recommendation pii = new Recommendation("coach", "Text luis@example.org before the walk.", 0.7, List.of("a#2"));

        FilterResult first = guard.recommendations(List.of(dose, pii), List.of());
        FilterResult second = guard.recommendations(List.of(dose, pii), List.of());

        assertThat(second).isEqualTo(first);
        assertThat(second.removedReasons())
                .singleElement()
                .satisfies(r -> assertThat(r).startsWith("medication"));
        assertThat(second.kept())
                .singleElement()
                .satisfies(r -> assertThat(r.description()).isEqualTo("Text [email] before the walk."));
    }

    @Test
    void keepsTheSafeRecommendationsInOrderWithTheirEvidenceAndGivesOneReasonPerRemoval() {
        Recommendation vegetables = new Recommendation("nutrition", "Eat more vegetables.", 0.9, List.of("veg#1"));
        Recommendation juice = new Recommendation("coach", "Drink a glass of orange juice for energy.", 0.8, List.of());
        Recommendation walk = new Recommendation("movement", "Walk after dinner.", 0.8, List.of("walk#1", "walk#2"));
        Recommendation dose = new Recommendation("coach", "Take 2 mg of melatonin.", 0.8, List.of("m#1"));

        FilterResult result = guard.recommendations(List.of(vegetables, juice, walk, dose), List.of("diabetes"));

        assertThat(result.kept()).containsExactly(vegetables, walk);
        assertThat(result.removedReasons())
                .containsExactly("conflicts with diabetes: high-sugar drinks", "medication or dosing: dose");
        assertThat(guard.recommendations(List.of(), List.of("pregnancy")))
                .isEqualTo(new FilterResult(List.of(), List.of()));
    }
}
