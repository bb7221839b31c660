package io.aura360.agents.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.conversation.ConversationMemory.Turn;
import io.aura360.agents.conversation.InMemoryConversationMemory;
import io.aura360.agents.guardrail.CrisisDetector;
import io.aura360.agents.guardrail.CrisisRisk;
import io.aura360.agents.guardrail.SafetyClassifier;
import io.aura360.agents.guardrail.SafetyClassifier.Classification;
import io.aura360.agents.model.AdviceModel;
import io.aura360.agents.model.ModelAnswer;
import io.aura360.agents.model.ModelRequest;
import io.aura360.agents.model.OfflineAdviceModel;
import io.aura360.agents.prompt.ContextBudget;
import io.aura360.agents.prompt.PromptData;
import io.aura360.contracts.Category;
import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentProfile.Match;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.agents.AgentStep;
import io.aura360.contracts.agents.AgentStep.Retrieval;
import io.aura360.contracts.agents.UserContext;
import io.aura360.contracts.vector.EvidenceHit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pipeline's guardrails in place: crisis first, medical flags, PII, conversation memory, model choice. */
class AgentPipelineSafetyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private static final UUID USER = UUID.randomUUID();

    private static final AgentStep COACH = new AgentStep(
            "coach",
            "default",
            "advice",
            Map.of("en", "alcohol sleep tips", "es", "consejos alcohol sueño"),
            new Retrieval(List.of(), 4, 0.0),
            List.of("grounding"));

    private final InMemoryEvidenceSearch search = new InMemoryEvidenceSearch()
            .add(
                    "mind",
                    "en",
                    hit(
                            "mind-en-crisis-urgent-help#0",
                            "In a crisis call 988 or your local emergency number for urgent help."))
            .add(
                    "mind",
                    "es",
                    hit(
                            "mind-es-crisis-ayuda-urgente#0",
                            "En una crisis llama al 024 o al 112 para pedir ayuda urgente."))
            .add("body", "en", hit("body-en-alcohol#0", "Drink a glass of wine to relax before sleep."))
            .add("body", "en", hit("body-en-sleep#0", "Keep a regular sleep schedule and tips for a dark bedroom."));

    private final InMemoryConversationMemory memory = new InMemoryConversationMemory(Duration.ofMinutes(5));

    @Test
    void aCrisisMessageGetsLocalResourcesCitedToTheCrisisDocumentAndNoAdvice() {
        AgentRunResult result = pipeline(offline())
                .run(request(Category.BODY, "es", "ya no aguanto más, quiero suicidarme", null, List.of()));

        assertThat(result.humanReviewRequired()).isTrue();
        assertThat(result.payload().agentDiagnostics().safetyFlags()).containsExactly("self_harm_risk");
        assertThat(result.payload().recommendations()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.type()).isEqualTo("crisis_resource");
            assertThat(r.evidenceIds()).containsExactly("mind-es-crisis-ayuda-urgente#0");
        });
        assertThat(result.payload().recommendations())
                .extracting(Recommendation::description)
                .anySatisfy(d -> assertThat(d).contains("024"));
        assertThat(result.agentRuns()).extracting(r -> r.agentName()).containsExactly("crisis");
        assertThat(search.requests())
                .allSatisfy(r -> assertThat(r.filters().category()).isEqualTo("mind"));
    }

    @Test
    void riskEarlierInTheSessionStillTriggersTheCrisisProtocol() {
        AgentPipeline pipeline = pipeline(offline());
        memory.append(USER, "s-1", new Turn("user", "I want to end my life"));

        AgentRunResult result = pipeline.run(request(Category.BODY, "en", "any sleep tips?", "s-1", List.of()));

        assertThat(result.payload().agentDiagnostics().safetyFlags()).contains("self_harm_risk");
        assertThat(result.payload().recommendations())
                .extracting(Recommendation::description)
                .anySatisfy(d -> assertThat(d).contains("988"));
    }

    @Test
    void aConcernGetsTheAdviceWithTheUsersCrisisLineAndAsksForReview() {
        AgentRunResult result = pipeline(offline())
                .run(request(
                        Category.BODY,
                        "en",
                        "I feel like a burden to everyone. Any sleep tips?",
                        null,
                        List.of(),
                        Map.of("country", "US")));

        assertThat(result.humanReviewRequired()).isTrue();
        assertThat(result.payload().agentDiagnostics().safetyFlags())
                .contains("self_harm_concern")
                .doesNotContain("self_harm_risk");
        assertThat(result.payload().summary().message()).contains("988");
        assertThat(result.payload().recommendations())
                .as("the advice stands")
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.type()).isNotEqualTo("crisis_resource"));
        assertThat(result.agentRuns()).extracting(r -> r.agentName()).doesNotContain("crisis");
    }

    @Test
    void aConcernEarlierInTheSessionStillAsksForReviewOfAnOrdinaryQuestion() {
        AgentPipeline pipeline = pipeline(offline());
        memory.append(USER, "s-2", new Turn("user", "everyone would be better off without me"));

        AgentRunResult result = pipeline.run(request(Category.BODY, "en", "any sleep tips?", "s-2", List.of()));

        assertThat(result.humanReviewRequired()).isTrue();
        assertThat(result.payload().agentDiagnostics().safetyFlags()).contains("self_harm_concern");
    }

    @Test
    void aHighFindingOfASlowLayerReplacesTheAdviceItRanBeside() {
        AgentRunResult result = pipeline(offline(), slowLayer(text -> new Classification(CrisisRisk.HIGH, "farewell")))
                .run(request(Category.BODY, "en", "any sleep tips?", null, List.of()));

        assertThat(result.humanReviewRequired()).isTrue();
        assertThat(result.payload().agentDiagnostics().safetyFlags()).contains("self_harm_risk");
        assertThat(result.agentRuns()).extracting(r -> r.agentName()).containsExactly("crisis");
    }

    @Test
    void aFailingPipelineDoesNotHideAHighFindingOfASlowLayer() {
        AgentRunResult result = pipeline(offline(), slowLayer(text -> new Classification(CrisisRisk.HIGH, "farewell")))
                .run(request(Category.MIND, "en", "any tips?", null, List.of()));

        assertThat(result.payload().agentDiagnostics().safetyFlags()).contains("self_harm_risk");
    }

    @Test
    void aFailingSlowLayerLeavesTheAdviceAndRecordsTheGap() {
        AgentRunResult result = pipeline(offline(), slowLayer(text -> {
                    throw new IllegalStateException("safety model timed out");
                }))
                .run(request(Category.BODY, "en", "any sleep tips?", null, List.of()));

        assertThat(result.humanReviewRequired()).isFalse();
        assertThat(result.payload().agentDiagnostics().safetyFlags()).contains("safety_model_unavailable");
        assertThat(result.payload().recommendations()).isNotEmpty();
    }

    @Test
    void removesAdviceThatConflictsWithAMedicalFlagAndSaysSo() {
        AgentRunResult result = pipeline(offline())
                .run(request(Category.BODY, "en", "alcohol and sleep tips", null, List.of("pregnancy")));

        assertThat(result.payload().recommendations())
                .extracting(Recommendation::description)
                .noneMatch(d -> d.toLowerCase().contains("wine"));
        assertThat(result.payload().agentDiagnostics().safetyFlags()).contains("medical_conflict_removed");
        assertThat(result.humanReviewRequired()).isFalse();
    }

    @Test
    void keepsTheSameAdviceForAUserWithoutThatFlag() {
        AgentRunResult result =
                pipeline(offline()).run(request(Category.BODY, "en", "alcohol and sleep tips", null, List.of()));

        assertThat(result.payload().recommendations())
                .extracting(Recommendation::description)
                .anyMatch(d -> d.contains("wine"));
        assertThat(result.payload().agentDiagnostics().safetyFlags()).isEmpty();
    }

    @Test
    void remembersTheSessionWithoutPersonalIdentifiersAndShowsItToTheNextRun() {
        AgentPipeline pipeline = pipeline(offline());
        pipeline.run(request(Category.BODY, "en", "I am ana@example.com, sleep tips please", "s-2", List.of()));

        AgentRunResult second = pipeline.run(request(Category.BODY, "en", "more sleep tips", "s-2", List.of()));

        assertThat(memory.recent(USER, "s-2"))
                .extracting(Turn::text)
                .noneMatch(text -> text.contains("ana@example.com"))
                .anyMatch(text -> text.contains("sleep tips"));
        assertThat(second.agentRuns().get(0).inputContext().get("conversation").toString())
                .contains("sleep tips")
                .doesNotContain("ana@example.com");
    }

    @Test
    void trimsTheOldestConversationTurnsToKeepThePromptWithinItsBudget() {
        for (int i = 0; i < 6; i++) {
            memory.append(USER, "s-3", new Turn("user", "sleep turn " + i + " " + "z".repeat(600)));
        }
        AgentPipeline pipeline = new AgentPipeline(search, offline(), memory, CLOCK, new ContextBudget(2_500));

        AgentRunResult result = pipeline.run(request(Category.BODY, "en", "sleep tips", "s-3", List.of()));

        String seen =
                result.agentRuns().get(0).inputContext().get("conversation").toString();
        assertThat(seen).contains("sleep turn 5").doesNotContain("sleep turn 0", "sleep turn 1");
        assertThat(PromptData.render(result.agentRuns().get(0).inputContext(), "sleep tips")
                        .length())
                .isLessThanOrEqualTo(2_500);
    }

    @Test
    void usesTheConfiguredHostedModelForDefaultStepsAndRecordsItsRetries() {
        AdviceModel hosted = new AdviceModel() {

            @Override
            public String modelVersion() {
                return "openai/test-model";
            }

            @Override
            public ModelAnswer answer(ModelRequest request) {
                EvidenceHit first = request.evidence().get(0);
                assertThat(request.prompt()).doesNotContain("ana@example.com");
                return new ModelAnswer(
                        List.of(new Recommendation(
                                "coach", "Keep a regular schedule.", 0.8, List.of(first.sourceId(), "invented#9"))),
                        null,
                        120,
                        40,
                        "stop",
                        2);
            }
        };
        AgentPipeline pipeline =
                new AgentPipeline(search, new AdviceModels(new OfflineAdviceModel(), "openai", hosted), memory, CLOCK);

        AgentRunResult result =
                pipeline.run(request(Category.BODY, "en", "sleep tips from ana@example.com", null, List.of()));

        assertThat(result.agentRuns().get(0).modelVersion()).isEqualTo("openai/test-model");
        assertThat(result.agentRuns().get(0).retryCount()).isEqualTo(1);
        assertThat(result.payload().agentDiagnostics().model()).isEqualTo("openai/test-model");
        assertThat(result.payload().recommendations())
                .singleElement()
                .satisfies(r -> assertThat(r.evidenceIds())
                        .as("unknown ids are dropped")
                        .doesNotContain("invented#9"));
    }

    private AgentPipeline pipeline(AdviceModels models) {
        return new AgentPipeline(search, models, memory, CLOCK);
    }

    private AgentPipeline pipeline(AdviceModels models, CrisisDetector detector) {
        return new AgentPipeline(
                search, models, memory, CLOCK, new ContextBudget(ContextBudget.DEFAULT_CHARS), detector);
    }

    /** The lexicon followed by a hosted classifier's layer: slow, so it runs beside the advice pipeline. */
    private static CrisisDetector slowLayer(SafetyClassifier classifier) {
        return CrisisDetector.lexicon().withModel(classifier);
    }

    private static AdviceModels offline() {
        return AdviceModels.offlineOnly(new OfflineAdviceModel());
    }

    private static List<AgentProfile> profiles() {
        return List.of(new AgentProfile("body", Category.BODY, 0, true, Match.EVERYONE, List.of(COACH)));
    }

    private static AgentRunRequest request(
            Category category, String locale, String message, String session, List<String> flags) {
        return request(category, locale, message, session, flags, Map.of());
    }

    private static AgentRunRequest request(
            Category category,
            String locale,
            String message,
            String session,
            List<String> flags,
            Map<String, Object> profile) {
        return new AgentRunRequest(
                UUID.randomUUID(),
                USER,
                category,
                locale,
                "free",
                message,
                session,
                new UserContext(profile, flags, List.of(), Map.of(), List.of(), Map.of()),
                CLOCK.instant().plusSeconds(10),
                profiles(),
                List.of());
    }

    private static EvidenceHit hit(String sourceId, String chunk) {
        return new EvidenceHit(sourceId, sourceId.split("#")[0], "https://example.org/" + sourceId, chunk, 0.9);
    }
}
