package io.aura360.agents.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.Category;
import io.aura360.contracts.advice.AdvicePayload.FollowUp;
import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.advice.AdvicePayload.Summary;
import io.aura360.contracts.agents.UserContext;
import io.aura360.contracts.vector.EvidenceHit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfflineGroundedComposerTest {

    private static final String REQUEST = "How can I sleep better at night?";

    private static final EvidenceHit SLEEP =
            new EvidenceHit("sleep-hygiene#2", "sleep-hygiene", "https://example.org/sleep", """
					## Sleep hygiene
					- **Aim** for seven to nine hours of sleep every night.
					- Keep the bedroom dark, quiet and cool.
					Screens before bed delay sleep onset in many adults.""", 0.82);

    private static final EvidenceHit CAFFEINE = new EvidenceHit(
            "caffeine#1",
            "caffeine",
            "https://example.org/caffeine",
            "- limit caffeine after two in the afternoon to protect your sleep at night",
            0.64);

    private static final EvidenceHit WALKING = new EvidenceHit(
            "walking#4",
            "walking",
            "https://example.org/walking",
            "Daylight matters. Take a `twenty minute` walk outside every morning to steady your body clock.",
            0.55);

    private static final UserContext KNOWN_USER =
            new UserContext(Map.of("age_range", "30-39"), List.of(), List.of(), Map.of(), List.of(), Map.of());

    private final OfflineGroundedComposer composer = new OfflineGroundedComposer();

    @Test
    void everyRecommendationCitesExactlyOneSourceFromTheEvidence() {
        List<EvidenceHit> evidence = List.of(CAFFEINE, SLEEP, WALKING);

        List<Recommendation> recommendations = composer.recommend("sleep_coach", evidence, REQUEST, 5);

        Set<String> sourceIds = evidence.stream().map(EvidenceHit::sourceId).collect(Collectors.toSet());
        assertThat(recommendations).hasSize(3).allSatisfy(r -> {
            assertThat(r.evidenceIds()).hasSize(1);
            assertThat(sourceIds).contains(r.evidenceIds().get(0));
            assertThat(r.type()).isEqualTo("sleep_coach");
        });
        assertThat(recommendations)
                .extracting(r -> r.evidenceIds().get(0))
                .containsExactly("sleep-hygiene#2", "caffeine#1", "walking#4");
    }

    @Test
    void descriptionIsASentenceQuotedFromTheCitedChunk() {
        List<EvidenceHit> evidence = List.of(SLEEP, CAFFEINE, WALKING);

        List<Recommendation> recommendations = composer.recommend("sleep_coach", evidence, REQUEST, 5);

        assertThat(recommendations).hasSize(3).allSatisfy(r -> {
            EvidenceHit cited = evidence.stream()
                    .filter(hit -> hit.sourceId().equals(r.evidenceIds().get(0)))
                    .findFirst()
                    .orElseThrow();
            assertQuotedFrom(r.description(), cited.chunk());
        });
        assertThat(recommendations)
                .extracting(Recommendation::description)
                .containsExactly(
                        "Aim for seven to nine hours of sleep every night.",
                        "Limit caffeine after two in the afternoon to protect your sleep at night.",
                        "Take a twenty minute walk outside every morning to steady your body clock.");
    }

    @Test
    void keepsOneRecommendationPerDocumentFromItsBestScoringChunk() {
        EvidenceHit weakerChunk = new EvidenceHit(
                "sleep-hygiene#5",
                "sleep-hygiene",
                "https://example.org/sleep",
                "Avoid long naps late in the afternoon if you struggle to sleep at night.",
                0.41);
        EvidenceHit strongerChunk = new EvidenceHit(
                "sleep-hygiene#1",
                "sleep-hygiene",
                "https://example.org/sleep",
                "Go to bed and get up at the same time every day, weekends included.",
                0.93);

        List<Recommendation> recommendations =
                composer.recommend("sleep_coach", List.of(weakerChunk, CAFFEINE, strongerChunk), REQUEST, 5);

        assertThat(recommendations)
                .extracting(r -> r.evidenceIds().get(0))
                .containsExactly("sleep-hygiene#1", "caffeine#1");
        assertThat(recommendations.get(0).description())
                .isEqualTo("Go to bed and get up at the same time every day, weekends included.");
    }

    @Test
    void neverGivesMoreThanMaxRecommendationsAndKeepsTheBestScoring() {
        List<EvidenceHit> evidence = List.of(WALKING, CAFFEINE, SLEEP);

        assertThat(composer.recommend("sleep_coach", evidence, REQUEST, 2))
                .extracting(r -> r.evidenceIds().get(0))
                .containsExactly("sleep-hygiene#2", "caffeine#1");
        assertThat(composer.recommend("sleep_coach", evidence, REQUEST, 1)).hasSize(1);
        assertThat(composer.recommend("sleep_coach", evidence, REQUEST, 0)).isEmpty();
    }

    @Test
    void noEvidenceGivesNoRecommendationAndAnEnglishSummarySayingNoTrustedSourceWasFound() {
        assertThat(composer.recommend("sleep_coach", List.of(), REQUEST, 3)).isEmpty();

        Summary summary = composer.summarise(Category.MIND, "en", 0, KNOWN_USER);

        assertThat(summary.title()).isEqualTo("Your mind plan");
        assertThat(summary.message()).contains("no trusted source").doesNotContain("evidence-based steps");
    }

    @Test
    void noEvidenceGivesASpanishSummarySayingNoTrustedSourceWasFound() {
        Summary summary = composer.summarise(Category.MIND, "es", 0, KNOWN_USER);

        assertThat(summary.title()).isEqualTo("Tu plan para la mente");
        assertThat(summary.message())
                .contains("no hemos encontrado una fuente fiable")
                .doesNotContain("pasos basados en evidencia");
    }

    @ParameterizedTest(name = "score {0} gives confidence {1}")
    @CsvSource({"0.876, 0.88", "0.5, 0.5", "1.7, 1.0", "1.0, 1.0", "-0.3, 0.0", "0.0, 0.0", "0.004, 0.0"})
    void confidenceIsTheScoreRoundedAndClampedToZeroOne(double score, double expected) {
        EvidenceHit hit = new EvidenceHit(
                "doc#1",
                "doc",
                "https://example.org/doc",
                "Try to keep a regular bedtime to help your sleep at night.",
                score);

        List<Recommendation> recommendations = composer.recommend("sleep_coach", List.of(hit), REQUEST, 3);

        assertThat(recommendations)
                .singleElement()
                .satisfies(r -> assertThat(r.confidence()).isEqualTo(expected).isBetween(0.0, 1.0));
    }

    @Test
    void emptyProfileAsksToCompleteItAndInvitesToShareHabits() {
        UserContext empty = UserContext.empty();

        List<FollowUp> followUps = composer.followUps("en", empty, LocalDate.of(2024, 5, 10));
        Summary summary = composer.summarise(Category.MIND, "en", 2, empty);

        assertThat(followUps).extracting(FollowUp::action).contains("complete_profile");
        assertThat(followUps)
                .filteredOn(f -> f.action().equals("complete_profile"))
                .singleElement()
                .satisfies(f -> assertThat(f.dueDate()).isNull());
        assertThat(summary.message())
                .startsWith("Here are 2 evidence-based steps for your mind wellbeing")
                .contains("Tell us about your habits and goals");
    }

    @Test
    void emptyProfileInvitesToShareHabitsInSpanish() {
        Summary summary = composer.summarise(Category.BODY, "es", 3, UserContext.empty());

        assertThat(summary.message())
                .startsWith("Aquí tienes 3 pasos basados en evidencia")
                .contains("Cuéntanos tus hábitos y objetivos");
    }

    @Test
    void knownProfileIsNotAskedToCompleteItNorInvitedToShareHabits() {
        List<FollowUp> followUps = composer.followUps("en", KNOWN_USER, LocalDate.of(2024, 5, 10));
        Summary summary = composer.summarise(Category.MIND, "en", 2, KNOWN_USER);

        assertThat(followUps).extracting(FollowUp::action).containsExactly("check_in_on_progress");
        assertThat(summary.message()).doesNotContain("Tell us about your habits");
    }

    @Test
    void profileWithGoalsMentionsThem() {
        UserContext withGoals = new UserContext(
                Map.of("goals", List.of("sleep better", "less stress")),
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                Map.of());
        UserContext withGoalText =
                new UserContext(Map.of("goals", "  run a 5k  "), List.of(), List.of(), Map.of(), List.of(), Map.of());

        assertThat(composer.summarise(Category.MIND, "en", 2, withGoals).message())
                .contains("They take into account your goal: sleep better, less stress.");
        assertThat(composer.summarise(Category.BODY, "en", 1, withGoalText).message())
                .contains("your goal: run a 5k.");
        assertThat(composer.summarise(Category.BODY, "es", 1, withGoalText).message())
                .contains("Tienen en cuenta tu objetivo: run a 5k.");
        assertThat(composer.summarise(Category.MIND, "en", 2, KNOWN_USER).message())
                .doesNotContain("goal");
    }

    @Test
    void checkInIsDueSevenDaysFromTodayAsAnIsoDate() {
        List<FollowUp> followUps = composer.followUps("en", KNOWN_USER, LocalDate.of(2024, 2, 26));

        assertThat(followUps)
                .filteredOn(f -> f.action().equals("check_in_on_progress"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.dueDate()).isEqualTo("2024-03-04");
                    assertThat(f.channel()).isEqualTo("app");
                });
    }

    @Test
    void spanishLocaleGivesSpanishTitles() {
        assertThat(composer.summarise(Category.MIND, "es", 1, KNOWN_USER).title())
                .isEqualTo("Tu plan para la mente");
        assertThat(composer.summarise(Category.BODY, "es", 1, KNOWN_USER).title())
                .isEqualTo("Tu plan para el cuerpo");
        assertThat(composer.summarise(Category.SOUL, "es", 1, KNOWN_USER).title())
                .isEqualTo("Tu plan para el alma");
        assertThat(composer.summarise(Category.SOUL, "en", 1, KNOWN_USER).title())
                .isEqualTo("Your soul plan");
        assertThat(composer.summarise(Category.SOUL, "fr", 1, KNOWN_USER).title())
                .isEqualTo("Your soul plan");
    }

    /**
     * The description must be a stretch of the chunk: markdown emphasis and code marks removed, only the first letter
     * capitalised and a final period added where the chunk had none.
     */
    private static void assertQuotedFrom(String description, String chunk) {
        String source = chunk.replace("**", "").replace("__", "").replace("`", "");
        String rest = description.substring(1);
        if (!source.contains(rest) && rest.endsWith(".")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        int at = source.indexOf(rest);
        assertThat(at).as("'%s' is quoted from '%s'", description, chunk).isPositive();
        assertThat(Character.toUpperCase(source.charAt(at - 1))).isEqualTo(description.charAt(0));
        assertThat(description).matches(".*[.!?:]$");
    }
}
