package io.aura360.agents.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.aura360.agents.compose.OfflineGroundedComposer;
import io.aura360.agents.conversation.InMemoryConversationMemory;
import io.aura360.agents.model.OfflineAdviceModel;
import io.aura360.contracts.Category;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.advice.AdvicePayload;
import io.aura360.contracts.advice.AdvicePayload.FollowUp;
import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.advice.AdvicePayload.Source;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentProfile.Match;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRecord;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.agents.AgentRunStatus;
import io.aura360.contracts.agents.AgentStep;
import io.aura360.contracts.agents.AgentStep.Retrieval;
import io.aura360.contracts.agents.UserContext;
import io.aura360.contracts.agents.VectorQueryRecord;
import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AgentPipelineTest {

    private static final Instant NOW = Instant.parse("2024-05-10T09:00:00Z");

    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static final UUID USER_ID = UUID.fromString("7d1c2a4e-1111-4c0b-9a8e-3f2b6a5d9c01");

    private static final String BOTH_TOPICS = "How can I lower stress and sleep better?";

    private static final UserContext CONTEXT = new UserContext(
            Map.of("goals", List.of("sleep better")), List.of(), List.of(), Map.of(), List.of(), Map.of());

    // Steps deliberately not in alphabetical order, so running "in order" cannot be confused with sorting.
    private static final AgentStep STRESS_STEP =
            step("stress_coach", Map.of("en", "stress and breathing", "es", "estrés y respiración"), 2, 0.5);

    private static final AgentStep SLEEP_STEP =
            step("sleep_coach", Map.of("en", "sleep routine and rest", "es", "rutina de sueño y descanso"), 4, 0.3);

    private static final AgentProfile MIND_PROFILE =
            new AgentProfile("mind-default", Category.MIND, 10, true, Match.EVERYONE, List.of(STRESS_STEP, SLEEP_STEP));

    private static final AgentProfile SOUL_PROFILE = new AgentProfile(
            "soul-default",
            Category.SOUL,
            10,
            true,
            Match.EVERYONE,
            List.of(
                    step("gratitude_coach", Map.of("en", "gratitude"), 5, 0.0),
                    step("nature_coach", Map.of("en", "nature"), 5, 0.0),
                    step("purpose_coach", Map.of("en", "purpose"), 5, 0.0)));

    private static final EvidenceHit REGULAR_ROUTINE =
            hit("sleep-hygiene#1", "Keep a regular sleep routine, going to bed at the same time every night.", 0.91);

    private static final EvidenceHit DARK_ROOM =
            hit("sleep-hygiene#2", "A dark and quiet bedroom helps sleep and rest through the night.", 0.70);

    private static final EvidenceHit SHORT_NAPS =
            hit("naps#1", "Limit daytime naps to twenty minutes so that night sleep and rest stay deep.", 0.62);

    private static final EvidenceHit SLEEP_GADGETS =
            hit("gadgets#1", "Sleep trackers are fun but unproven gadgets for rest.", 0.25);

    private static final EvidenceHit SLOW_BREATHING =
            hit("breathing#1", "Slow breathing for five minutes lowers stress before bed.", 0.88);

    private static final EvidenceHit JOURNALING =
            hit("journaling#1", "Write down your worries to ease stress in the evening.", 0.45);

    private static final EvidenceHit RUTINA =
            hit("sueno#1", "Mantén una rutina de sueño regular y acuéstate cada día a la misma hora.", 0.86);

    private static final EvidenceHit RESPIRACION =
            hit("respiracion#1", "Practica la respiración lenta cinco minutos para bajar el estrés.", 0.80);

    private static final EvidenceHit RUNNING =
            hit("running#1", "Running three times a week improves sleep, rest and stress levels.", 0.99);

    private final InMemoryEvidenceSearch search = new InMemoryEvidenceSearch()
            .add("mind", "en", REGULAR_ROUTINE)
            .add("mind", "en", DARK_ROOM)
            .add("mind", "en", SHORT_NAPS)
            .add("mind", "en", SLEEP_GADGETS)
            .add("mind", "en", SLOW_BREATHING)
            .add("mind", "en", JOURNALING)
            .add("mind", "es", RUTINA)
            .add("mind", "es", RESPIRACION)
            .add("body", "en", RUNNING)
            .add(
                    "soul",
                    "en",
                    hit("gratitude-journal#1", "Write down three things you feel gratitude for each evening.", 0.95))
            .add(
                    "soul",
                    "en",
                    hit("gratitude-sharing#1", "Tell someone about a moment of gratitude from your week.", 0.60))
            .add(
                    "soul",
                    "en",
                    hit("gratitude-letters#1", "Gratitude letters lift mood for several weeks afterwards.", 0.30))
            .add("soul", "en", hit("nature-time#1", "Spend twenty minutes in nature to restore your attention.", 0.90))
            .add("soul", "en", hit("nature-walks#1", "Walk in a park or along a river when nature is close by.", 0.70))
            .add("soul", "en", hit("nature-pictures#1", "Even pictures of nature calm the mind a little.", 0.20))
            .add(
                    "soul",
                    "en",
                    hit(
                            "purpose-writing#1",
                            "Write one sentence about the purpose that gives your days meaning.",
                            0.85))
            .add(
                    "soul",
                    "en",
                    hit("purpose-volunteering#1", "Volunteering often gives a sense of purpose and belonging.", 0.50))
            .add("soul", "en", hit("purpose-ageing#1", "A sense of purpose is linked to healthier ageing.", 0.40));

    /** What the gateway would send: here the profiles of two categories, of which the agents use the request's. */
    private static final List<AgentProfile> PROFILES = List.of(MIND_PROFILE, SOUL_PROFILE);

    private final AgentPipeline pipeline = new AgentPipeline(
            search,
            AdviceModels.offlineOnly(new OfflineAdviceModel()),
            new InMemoryConversationMemory(Duration.ofMinutes(5)),
            CLOCK);

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

    @Test
    void stepsWithTheSameRetrievalSettingsShareOneSearchOfTheUsersWords() {
        AgentRunResult result =
                pipeline.run(request(Category.SOUL, "en", "How can I feel more gratitude and purpose?"));

        assertThat(search.requests()).hasSize(1);
        assertThat(result.agentRuns())
                .hasSize(3)
                .allSatisfy(run -> assertThat(run.vectorQueries().getFirst().results())
                        .isEqualTo(result.agentRuns()
                                .getFirst()
                                .vectorQueries()
                                .getFirst()
                                .results())
                        .isNotEmpty());
    }

    @Test
    void stepsWithDifferentRetrievalSettingsEachSearchTheUsersWords() {
        pipeline.run(request(Category.MIND, "en", "I sleep badly and feel stressed"));

        assertThat(search.requests()).extracting(SearchRequest::topK).containsExactly(2, 4);
        assertThat(search.requests()).extracting(SearchRequest::query).containsOnly("I sleep badly and feel stressed");
    }

    @ParameterizedTest(name = "locale {0} searches and answers in {1}")
    @CsvSource({"es-MX, es", "es, es", "es_ES, es", "ES, es", "fr, en", "en-GB, en", "en, en"})
    void searchRequestsCarryTheCategoryTheUsersLanguageAndTheStepsMinConfidence(String requested, String language) {
        AgentRunResult result = pipeline.run(request(Category.MIND, requested, null));

        assertThat(search.requests()).hasSize(2);
        assertThat(search.requests()).allSatisfy(r -> {
            assertThat(r.filters().category()).isEqualTo("mind");
            assertThat(r.filters().locale()).isEqualTo(language);
        });
        assertThat(search.requests())
                .extracting(r -> r.filters().minConfidence())
                .containsExactly(0.5, 0.3);
        assertThat(result.agentRuns()).allSatisfy(run -> {
            assertThat(run.inputContext()).containsEntry("locale", language);
            assertThat(run.vectorQueries().get(0).filters()).containsEntry("locale", language);
        });
        assertThat(result.payload().user().locale()).isEqualTo(language);
    }

    @Test
    void evidenceOfAnotherCategoryOrLanguageNeverReachesThePayload() {
        AdvicePayload payload = pipeline.run(request(Category.MIND, "es-MX", BOTH_TOPICS + " sueño estrés"))
                .payload();

        assertThat(payload.sources())
                .extracting(Source::sourceId)
                .containsExactlyInAnyOrder("sueno#1", "respiracion#1");
    }

    @Test
    void withoutAMessageEachStepSearchesForItsFocusInTheUsersLanguage() {
        pipeline.run(request(Category.MIND, "es-MX", null));
        pipeline.run(request(Category.MIND, "fr", null));
        pipeline.run(request(Category.MIND, "en", "   "));

        assertThat(search.requests())
                .extracting(SearchRequest::query)
                .containsExactly(
                        "estrés y respiración",
                        "rutina de sueño y descanso",
                        "stress and breathing",
                        "sleep routine and rest",
                        "stress and breathing",
                        "sleep routine and rest");
    }

    @Test
    void stepWithoutAFocusInTheUsersLanguageSearchesForItsEnglishFocusOrElseTheCategory() {
        AgentProfile profile = new AgentProfile(
                "body-default",
                Category.BODY,
                1,
                true,
                Match.EVERYONE,
                List.of(step("runner", Map.of("en", "running"), 3, 0.0), step("mover", Map.of(), 3, 0.0)));
        pipeline.run(request(Category.BODY, "es", null, List.of(profile)));

        assertThat(search.requests()).extracting(SearchRequest::query).containsExactly("running", "body wellbeing");
    }

    @Test
    void withAMessageEveryStepSearchesForTheMessage() {
        AgentRunResult result = pipeline.run(request(Category.MIND, "en", "  " + BOTH_TOPICS + "\n"));

        assertThat(search.requests()).extracting(SearchRequest::query).containsExactly(BOTH_TOPICS, BOTH_TOPICS);
        assertThat(result.agentRuns())
                .allSatisfy(run -> assertThat(run.inputContext()).containsEntry("query", BOTH_TOPICS));
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
        AgentRunRequest free = new AgentRunRequest(
                UUID.randomUUID(),
                USER_ID,
                Category.MIND,
                "en",
                "free",
                null,
                null,
                CONTEXT,
                null,
                List.of(premiumOnly, disabled),
                List.of());

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
        AgentRunRequest withFallback = new AgentRunRequest(
                UUID.randomUUID(),
                USER_ID,
                Category.MIND,
                "en",
                "free",
                null,
                null,
                CONTEXT,
                null,
                PROFILES,
                List.of(SLOW_BREATHING, REGULAR_ROUTINE, DARK_ROOM, SHORT_NAPS, JOURNALING));

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

    private static AgentRunRequest request(Category category, String locale, String message) {
        return request(category, locale, message, PROFILES);
    }

    private static AgentRunRequest request(
            Category category, String locale, String message, List<AgentProfile> profiles) {
        return new AgentRunRequest(
                UUID.fromString("0b6f3c52-2222-4a1d-8f44-5e7c1d9b0a02"),
                USER_ID,
                category,
                locale,
                "premium",
                message,
                null,
                CONTEXT,
                null,
                profiles,
                List.of());
    }

    private static AgentStep step(String agent, Map<String, String> focus, int topK, double minConfidence) {
        return new AgentStep(
                agent, "offline", "advice", focus, new Retrieval(List.of("knowledge"), topK, minConfidence), List.of());
    }

    private static EvidenceHit hit(String sourceId, String chunk, double score) {
        return new EvidenceHit(
                sourceId, sourceId.split("#")[0], "https://example.org/" + sourceId.split("#")[0], chunk, score);
    }
}
