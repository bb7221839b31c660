package io.aura360.agents.pipeline;

import io.aura360.agents.compose.OfflineGroundedComposer;
import io.aura360.agents.conversation.ConversationMemory;
import io.aura360.agents.conversation.ConversationMemory.Turn;
import io.aura360.agents.guardrail.CrisisAssessment;
import io.aura360.agents.guardrail.CrisisDetector;
import io.aura360.agents.guardrail.CrisisResources;
import io.aura360.agents.guardrail.CrisisRisk;
import io.aura360.agents.guardrail.GroundingValidator;
import io.aura360.agents.guardrail.ModelTextGuard;
import io.aura360.agents.guardrail.PiiScrubber;
import io.aura360.agents.prompt.ContextBudget;
import io.aura360.agents.prompt.PromptChecksum;
import io.aura360.contracts.AnswerLanguage;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.advice.AdvicePayload;
import io.aura360.contracts.advice.AdvicePayload.AgentDiagnostics;
import io.aura360.contracts.advice.AdvicePayload.PayloadUser;
import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.advice.AdvicePayload.Source;
import io.aura360.contracts.advice.AdvicePayload.Summary;
import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.EvidenceSearch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The agents service: picks the user's pipeline from the agent profiles the request carries, runs its steps in
 * order, merges their recommendations (deduplicated, best first), keeps only grounded ones and assembles payload
 * v1. A function of the request, the vector service and the models: it never calls the gateway back.
 */
public final class AgentPipeline implements AdviceAgents {

    private static final int MAX_RECOMMENDATIONS = 5;

    /** What a degraded answer tells the person, so it is never mistaken for a full one. */
    private static final Map<String, String> DEGRADED_NOTICE = Map.of(
            "en",
            " Our search is temporarily unavailable, so this answer uses recently saved sources.",
            "es",
            " Nuestra búsqueda no está disponible en este momento, así que esta respuesta usa fuentes guardadas recientemente.");

    /** What an answer from the offline composer in place of an unavailable hosted model tells the person. */
    private static final Map<String, String> MODEL_FALLBACK_NOTICE = Map.of(
            "en",
            " Our advice model is temporarily unavailable, so this answer was composed directly from the sources.",
            "es",
            " Nuestro modelo de consejos no está disponible en este momento, así que esta respuesta se compuso"
                    + " directamente a partir de las fuentes.");

    /**
     * An answer written by the offline composer because the hosted model was unavailable; a second flag,
     * {@code model_fallback_cause:<why>}, says why.
     */
    static final String MODEL_FALLBACK_FLAG = "model_fallback";

    /** A {@code concern} finding: advice was given with a resources note, and a person reviews it. */
    static final String CONCERN_FLAG = "self_harm_concern";

    private static final Duration DEFAULT_BUDGET = Duration.ofSeconds(12);

    /** Where the slow crisis layers (an embedding, a hosted classifier) run beside the advice pipeline. */
    private static final ExecutorService SCREENING = Executors.newVirtualThreadPerTaskExecutor();

    private final EvidenceSearch search;

    private final AgentStepRunner steps;

    private final PipelineSelector selector = new PipelineSelector();

    private final OfflineGroundedComposer composer = new OfflineGroundedComposer();

    private final GroundingValidator grounding = new GroundingValidator();

    private final CrisisDetector crisisDetector;

    private final CrisisResources crisisResources = new CrisisResources();

    private final CrisisAgent crisis;

    private final ConversationMemory conversations;

    private final PiiScrubber pii = new PiiScrubber();

    private final ModelTextGuard modelText = new ModelTextGuard();

    private final Clock clock;

    /**
     * When {@code search} reports the vector service down, a step answers from the request's fallback evidence,
     * flagged degraded.
     */
    public AgentPipeline(EvidenceSearch search, AdviceModels models, ConversationMemory conversations, Clock clock) {
        this(search, models, conversations, clock, new ContextBudget(ContextBudget.DEFAULT_CHARS));
    }

    /** With {@code budget}, each step's prompt context is trimmed, oldest items first, to fit it. */
    public AgentPipeline(
            EvidenceSearch search,
            AdviceModels models,
            ConversationMemory conversations,
            Clock clock,
            ContextBudget budget) {
        this(search, models, conversations, clock, budget, CrisisDetector.lexicon());
    }

    /** With the crisis {@code detector} to use; the shorter constructors use its lexicon layer alone. */
    public AgentPipeline(
            EvidenceSearch search,
            AdviceModels models,
            ConversationMemory conversations,
            Clock clock,
            ContextBudget budget,
            CrisisDetector detector) {
        this.crisisDetector = detector;
        this.search = search;
        this.steps = new AgentStepRunner(models, budget);
        this.crisis = new CrisisAgent(search);
        this.conversations = conversations;
        this.clock = clock;
    }

    @Override
    public AgentRunResult run(AgentRunRequest request) {
        requireTimeLeft(request);
        String locale = AnswerLanguage.of(request.locale());
        List<Turn> history =
                (request.sessionId() == null) ? List.of() : conversations.recent(request.userId(), request.sessionId());
        // Input guardrail first: risk in the message or the conversation so far outranks any pipeline.
        CrisisDetector.Screening screening = crisisDetector.screen(request.message(), earlierUserTurns(history));
        AgentRunResult result = (screening.fast().level() == CrisisRisk.HIGH || !screening.pending())
                ? answer(request, locale, history, screening.complete())
                : answerBesideScreening(request, locale, history, screening);
        remember(request, result);
        return result;
    }

    private AgentRunResult answer(AgentRunRequest request, String locale, List<Turn> history, CrisisAssessment risk) {
        return switch (risk.level()) {
            case HIGH -> crisis.respond(request, locale, risk);
            case CONCERN -> withGentleResources(runPipeline(request, locale, history), request, locale, risk);
            case NONE -> withDiagnostics(runPipeline(request, locale, history), risk.diagnostics());
        };
    }

    /**
     * The advice pipeline runs while the slow crisis layers finish, so they add no time to the request; their
     * complete finding still decides what is sent: a {@code high} from them gets the crisis answer (the advice is
     * dropped), also when the pipeline failed.
     */
    private AgentRunResult answerBesideScreening(
            AgentRunRequest request, String locale, List<Turn> history, CrisisDetector.Screening screening) {
        CompletableFuture<CrisisAssessment> complete = CompletableFuture.supplyAsync(screening::complete, SCREENING);
        AgentRunResult advice;
        try {
            advice = runPipeline(request, locale, history);
        } catch (RuntimeException ex) {
            CrisisAssessment risk = complete.join();
            if (risk.level() == CrisisRisk.HIGH) {
                return crisis.respond(request, locale, risk);
            }
            throw ex;
        }
        CrisisAssessment risk = complete.join();
        return switch (risk.level()) {
            case HIGH -> crisis.respond(request, locale, risk);
            case CONCERN -> withGentleResources(advice, request, locale, risk);
            case NONE -> withDiagnostics(advice, risk.diagnostics());
        };
    }

    @Override
    public void forgetUser(UUID userId) {
        conversations.forgetUser(userId);
    }

    private AgentRunResult runPipeline(AgentRunRequest request, String locale, List<Turn> history) {
        Instant deadline = (request.deadline() != null)
                ? request.deadline()
                : clock.instant().plus(DEFAULT_BUDGET);
        AgentProfile profile = selector.select(
                        request.profiles().stream()
                                .filter(p -> p.category() == request.category())
                                .toList(),
                        request.tier(),
                        locale,
                        request.context().medicalFlags())
                .orElseThrow(() -> new AgentRunException(
                        ErrorType.NO_AGENT_PROFILE,
                        false,
                        "no enabled agent profile serves category "
                                + request.category().wireName(),
                        null));
        RequestSearches searches = new RequestSearches(search);
        List<StepOutcome> outcomes = profile.pipeline().stream()
                .map(step -> {
                    requireTimeLeft(request);
                    return steps.run(step, request, locale, history, deadline, searches);
                })
                .toList();
        boolean degraded = outcomes.stream().anyMatch(o -> o.degraded() || o.modelFallback() != null);
        return new AgentRunResult(
                payload(request, locale, outcomes),
                outcomes.stream().map(StepOutcome::run).toList(),
                false,
                degraded);
    }

    private static List<String> earlierUserTurns(List<Turn> history) {
        return history.stream()
                .filter(turn -> "user".equals(turn.role()))
                .map(Turn::text)
                .toList();
    }

    /**
     * A {@code concern}: the advice stands, a gentle sentence points to the user's crisis line, and a person reviews
     * the request.
     */
    private AgentRunResult withGentleResources(
            AgentRunResult advice, AgentRunRequest request, String locale, CrisisAssessment risk) {
        AdvicePayload payload = advice.payload();
        Object country = request.context().profile().get("country");
        String note = crisisResources.gentleNote(locale, (country == null) ? null : country.toString());
        List<String> flags = new ArrayList<>(payload.agentDiagnostics().safetyFlags());
        flags.add(CONCERN_FLAG);
        flags.addAll(risk.diagnostics());
        AdvicePayload noted = new AdvicePayload(
                payload.version(),
                payload.user(),
                payload.category(),
                new Summary(payload.summary().title(), payload.summary().message() + " " + note),
                payload.recommendations(),
                payload.followUp(),
                payload.sources(),
                new AgentDiagnostics(
                        payload.agentDiagnostics().model(),
                        payload.agentDiagnostics().promptChecksum(),
                        flags));
        return new AgentRunResult(noted, advice.agentRuns(), true, advice.degraded());
    }

    /** Layer failures such as {@code safety_model_unavailable} are recorded even when no risk was found. */
    private static AgentRunResult withDiagnostics(AgentRunResult advice, List<String> diagnostics) {
        if (diagnostics.isEmpty()) {
            return advice;
        }
        AdvicePayload payload = advice.payload();
        List<String> flags = new ArrayList<>(payload.agentDiagnostics().safetyFlags());
        flags.addAll(diagnostics);
        AdvicePayload flagged = new AdvicePayload(
                payload.version(),
                payload.user(),
                payload.category(),
                payload.summary(),
                payload.recommendations(),
                payload.followUp(),
                payload.sources(),
                new AgentDiagnostics(
                        payload.agentDiagnostics().model(),
                        payload.agentDiagnostics().promptChecksum(),
                        flags));
        return new AgentRunResult(flagged, advice.agentRuns(), advice.humanReviewRequired(), advice.degraded());
    }

    private void remember(AgentRunRequest request, AgentRunResult result) {
        if (request.sessionId() == null) {
            return;
        }
        if (request.message() != null) {
            conversations.append(request.userId(), request.sessionId(), new Turn("user", pii.scrub(request.message())));
        }
        conversations.append(
                request.userId(),
                request.sessionId(),
                new Turn("assistant", result.payload().summary().title()));
    }

    private void requireTimeLeft(AgentRunRequest request) {
        if (request.deadline() != null && clock.instant().isAfter(request.deadline())) {
            throw new AgentRunException(ErrorType.DEADLINE_EXCEEDED, true, "the request's deadline has passed", null);
        }
    }

    private AdvicePayload payload(AgentRunRequest request, String locale, List<StepOutcome> outcomes) {
        boolean degraded = outcomes.stream().anyMatch(StepOutcome::degraded);
        List<String> modelFallbacks = outcomes.stream()
                .map(StepOutcome::modelFallback)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        List<Source> sources = sources(outcomes);
        List<Recommendation> recommendations = grounding.grounded(merged(outcomes), sources);
        String prompts =
                String.join("\n\n", outcomes.stream().map(StepOutcome::prompt).toList());
        List<String> safetyFlags = new ArrayList<>();
        if (outcomes.stream().anyMatch(o -> !o.removedReasons().isEmpty())) {
            safetyFlags.add("medical_conflict_removed");
        }
        if (degraded) {
            safetyFlags.add("degraded_evidence");
        }
        if (!modelFallbacks.isEmpty()) {
            safetyFlags.add(MODEL_FALLBACK_FLAG);
            modelFallbacks.forEach(cause -> safetyFlags.add(MODEL_FALLBACK_FLAG + "_cause:" + cause));
        }
        Optional<Summary> modelSummary = outcomes.stream()
                .map(StepOutcome::modelSummary)
                .filter(Objects::nonNull)
                .findFirst();
        Optional<Summary> safeSummary =
                modelSummary.flatMap(s -> modelText.summary(s, request.context().medicalFlags()));
        if (modelSummary.isPresent() && safeSummary.isEmpty()) {
            safetyFlags.add("model_summary_replaced");
        }
        Summary written = safeSummary
                .filter(s -> !recommendations.isEmpty())
                .orElseGet(() ->
                        composer.summarise(request.category(), locale, recommendations.size(), request.context()));
        String notice = (degraded ? DEGRADED_NOTICE.getOrDefault(locale, DEGRADED_NOTICE.get("en")) : "")
                + (modelFallbacks.isEmpty()
                        ? ""
                        : MODEL_FALLBACK_NOTICE.getOrDefault(locale, MODEL_FALLBACK_NOTICE.get("en")));
        Summary summary = notice.isEmpty() ? written : new Summary(written.title(), written.message() + notice);
        String modelVersion = String.join(
                ",",
                outcomes.stream().map(o -> o.run().modelVersion()).distinct().toList());
        return new AdvicePayload(
                AdvicePayload.CURRENT_VERSION,
                new PayloadUser(request.userId().toString(), request.tier(), locale),
                request.category(),
                summary,
                recommendations,
                composer.followUps(locale, request.context(), LocalDate.now(clock)),
                sources,
                new AgentDiagnostics(modelVersion, PromptChecksum.of(prompts), safetyFlags));
    }

    /**
     * All steps' recommendations, one per cited chunk, highest confidence first. When several agents found the
     * same chunk (the user's own question drives every step), it goes to the agent whose focus it matches best.
     */
    private static List<Recommendation> merged(List<StepOutcome> outcomes) {
        Map<String, Recommendation> byEvidence = new LinkedHashMap<>();
        Map<String, Integer> affinity = new HashMap<>();
        for (StepOutcome outcome : outcomes) {
            for (Recommendation recommendation : outcome.recommendations()) {
                String key = String.join(",", recommendation.evidenceIds());
                int match = outcome.focusAffinity(recommendation.description());
                if (!byEvidence.containsKey(key) || match > affinity.get(key)) {
                    byEvidence.put(key, recommendation);
                    affinity.put(key, match);
                }
            }
        }
        return byEvidence.values().stream()
                .sorted(Comparator.comparingDouble(Recommendation::confidence).reversed())
                .limit(MAX_RECOMMENDATIONS)
                .toList();
    }

    private static List<Source> sources(List<StepOutcome> outcomes) {
        Map<String, EvidenceHit> best = new LinkedHashMap<>();
        outcomes.stream()
                .flatMap(o -> o.evidence().stream())
                .forEach(hit -> best.merge(hit.sourceId(), hit, (a, b) -> a.score() >= b.score() ? a : b));
        List<Source> sources = new ArrayList<>();
        best.values().forEach(hit -> sources.add(new Source(hit.sourceId(), hit.url(), hit.chunk(), hit.score())));
        return sources;
    }
}
