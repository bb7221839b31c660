package io.aura360.agents.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aura360.agents.compose.OfflineGroundedComposer;
import io.aura360.contracts.Category;
import io.aura360.contracts.advice.AdvicePayload;
import io.aura360.contracts.advice.AdvicePayload.FollowUp;
import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.advice.AdvicePayload.Source;
import io.aura360.contracts.agents.AgentRunRecord;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.agents.AgentRunStatus;
import io.aura360.contracts.agents.VectorQueryRecord;
import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.SearchRequest;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A pipeline run end to end on the offline model: its run records, its payload and its recommendations. */
class AgentPipelineTest extends PipelineFixture {

    @Test
    void runsEveryStepOfTheChosenProfileInOrderWithOneRunRecordEach() {
        AgentRunResult result = pipeline.run(request(Category.MIND, "en", null));

        assertThat(result.agentRuns())
                .extracting(AgentRunRecord::agentName)
                .containsExactly("stress_coach", "sleep_coach");
        assertThat(result.agentRuns()).allSatisfy(run -> {
            assertThat(run.modelVersion()).isEqualTo(OfflineGroundedComposer.MODEL);
            assertThat(run.status()).isEqualTo(AgentRunStatus.COMPLETED);
            assertThat(run.retryCount()).isZero();
            assertThat(run.vectorQueries()).hasSize(1);
        });
        assertThat(search.requests()).extracting(SearchRequest::topK).containsExactly(2, 4);
        assertThat(result.humanReviewRequired()).isFalse();
    }

    @Test
    void eachRunRecordsItsVectorQueryWithCollectionModelTopKFiltersAndResults() {
        AgentRunResult result = pipeline.run(request(Category.MIND, "en", null));

        VectorQueryRecord stress = result.agentRuns().get(0).vectorQueries().get(0);
        assertThat(stress.collectionName()).isEqualTo(InMemoryEvidenceSearch.COLLECTION);
        assertThat(stress.embeddingModel()).isEqualTo(InMemoryEvidenceSearch.EMBEDDING_MODEL);
        assertThat(stress.topK()).isEqualTo(2);
        assertThat(stress.filters())
                .containsExactlyInAnyOrderEntriesOf(Map.of("category", "mind", "locale", "en", "min_confidence", 0.5));
        assertThat(stress.results()).containsExactly(SLOW_BREATHING);

        VectorQueryRecord sleep = result.agentRuns().get(1).vectorQueries().get(0);
        assertThat(sleep.topK()).isEqualTo(4);
        assertThat(sleep.filters())
                .containsExactlyInAnyOrderEntriesOf(Map.of("category", "mind", "locale", "en", "min_confidence", 0.3));
        assertThat(sleep.results()).containsExactly(REGULAR_ROUTINE, DARK_ROOM, SHORT_NAPS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyEvidenceIdOfThePayloadNamesOneOfItsSources(
            String scenario, Category category, String locale, String message, int expectedRecommendations) {
        AgentRunResult result = pipeline.run(request(category, locale, message));
        AdvicePayload payload = result.payload();

        Set<String> sourceIds = payload.sources().stream().map(Source::sourceId).collect(Collectors.toSet());
        assertThat(payload.recommendations()).hasSize(expectedRecommendations);
        assertThat(payload.recommendations()).allSatisfy(r -> {
            assertThat(r.evidenceIds()).isNotEmpty();
            assertThat(sourceIds).containsAll(r.evidenceIds());
        });
        Set<EvidenceHit> retrieved = result.agentRuns().stream()
                .flatMap(run -> run.vectorQueries().stream())
                .flatMap(query -> query.results().stream())
                .collect(Collectors.toSet());
        assertThat(payload.sources())
                .allSatisfy(source -> assertThat(retrieved)
                        .contains(new EvidenceHit(
                                source.sourceId(),
                                source.sourceId().split("#")[0],
                                source.url(),
                                source.chunk(),
                                source.score())));
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("english, no message", Category.MIND, "en", null, 3),
                Arguments.of("mexican spanish, no message", Category.MIND, "es-MX", null, 2),
                Arguments.of("english message both steps answer", Category.MIND, "en", BOTH_TOPICS, 3),
                Arguments.of("three soul steps", Category.SOUL, "en", null, 5),
                Arguments.of("message nothing matches", Category.MIND, "es", "jardinería urbana", 0));
    }

    @Test
    void aChunkFoundBySeveralStepsIsCitedByOneRecommendationOfTheAgentWhoseFocusItMatches() {
        AdvicePayload payload =
                pipeline.run(request(Category.MIND, "en", BOTH_TOPICS)).payload();

        // Both steps retrieved sleep-hygiene#1 and breathing#1.
        assertThat(payload.recommendations())
                .flatExtracting(Recommendation::evidenceIds)
                .containsExactly("sleep-hygiene#1", "breathing#1", "naps#1")
                .doesNotHaveDuplicates();
        assertThat(payload.recommendations())
                .extracting(Recommendation::type)
                .containsExactly("sleep_coach", "stress_coach", "sleep_coach");
        assertThat(payload.sources()).extracting(Source::sourceId).doesNotHaveDuplicates();
    }

    @Test
    void recommendationsAreSortedByConfidenceDescendingAndAtMostFive() {
        AdvicePayload payload = pipeline.run(request(Category.SOUL, "en", null)).payload();

        assertThat(payload.recommendations()).hasSize(5);
        assertThat(payload.recommendations())
                .extracting(Recommendation::confidence)
                .containsExactly(0.95, 0.90, 0.85, 0.70, 0.60);
        assertThat(payload.recommendations())
                .flatExtracting(Recommendation::evidenceIds)
                .containsExactly(
                        "gratitude-journal#1",
                        "nature-time#1",
                        "purpose-writing#1",
                        "nature-walks#1",
                        "gratitude-sharing#1");
    }

    @Test
    void mergedRecommendationsOfOneProfileAreSortedByConfidence() {
        AdvicePayload payload = pipeline.run(request(Category.MIND, "en", null)).payload();

        assertThat(payload.recommendations())
                .extracting(Recommendation::confidence)
                .containsExactly(0.91, 0.88, 0.62);
        assertThat(payload.recommendations())
                .flatExtracting(Recommendation::evidenceIds)
                .containsExactly("sleep-hygiene#1", "breathing#1", "naps#1");
    }

    @Test
    void payloadIsVersionOneWithTheUsersLocaleAndTier() {
        AdvicePayload payload =
                pipeline.run(request(Category.MIND, "es-MX", null)).payload();

        assertThat(payload.version()).isEqualTo("1.0.0");
        assertThat(payload.user()).isEqualTo(new AdvicePayload.PayloadUser(USER_ID.toString(), "premium", "es"));
        assertThat(payload.category()).isEqualTo(Category.MIND);
        assertThat(payload.summary().title()).isEqualTo("Tu plan para la mente");
        assertThat(payload.summary().message()).contains("2 pasos").contains("sleep better");
        assertThat(payload.agentDiagnostics().model()).isEqualTo(OfflineGroundedComposer.MODEL);
        assertThat(payload.agentDiagnostics().promptChecksum()).matches("[0-9a-f]{64}");
        assertThat(payload.agentDiagnostics().safetyFlags()).isEmpty();
    }

    @Test
    void checkInFollowUpIsDueSevenDaysAfterTheClocksDate() {
        AdvicePayload payload = pipeline.run(request(Category.MIND, "en", null)).payload();

        assertThat(payload.followUp())
                .extracting(FollowUp::action, FollowUp::dueDate)
                .containsExactly(tuple("check_in_on_progress", "2024-05-17"));
    }

    @Test
    void sameRequestGivesTheSamePromptChecksumAndADifferentMessageADifferentOne() {
        String first = pipeline.run(request(Category.MIND, "en", BOTH_TOPICS))
                .payload()
                .agentDiagnostics()
                .promptChecksum();
        String again = pipeline.run(request(Category.MIND, "en", BOTH_TOPICS))
                .payload()
                .agentDiagnostics()
                .promptChecksum();
        String other = pipeline.run(request(Category.MIND, "en", "How do I sleep better?"))
                .payload()
                .agentDiagnostics()
                .promptChecksum();

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void noEvidenceGivesNoRecommendationAndSaysSo() {
        AdvicePayload payload =
                pipeline.run(request(Category.MIND, "en", "urban gardening")).payload();

        assertThat(payload.recommendations()).isEmpty();
        assertThat(payload.sources()).isEmpty();
        assertThat(payload.summary().message()).contains("no trusted source");
    }
}
