package io.aura360.agents.pipeline;

import io.aura360.agents.compose.SentencePicker;
import io.aura360.agents.conversation.ConversationMemory.Turn;
import io.aura360.agents.guardrail.FilterResult;
import io.aura360.agents.guardrail.ModelTextGuard;
import io.aura360.agents.guardrail.PiiScrubber;
import io.aura360.agents.model.AdviceModel;
import io.aura360.agents.model.ModelAnswer;
import io.aura360.agents.model.ModelRequest;
import io.aura360.agents.prompt.ContextBudget;
import io.aura360.agents.prompt.PromptBuilder;
import io.aura360.agents.prompt.PromptBuilder.Prompt;
import io.aura360.agents.prompt.PromptBuilder.PromptInput;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRecord;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunStatus;
import io.aura360.contracts.agents.AgentStep;
import io.aura360.contracts.agents.UserContext;
import io.aura360.contracts.agents.VectorQueryRecord;
import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.SearchFilters;
import io.aura360.contracts.vector.SearchGrouping;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.contracts.vector.VectorQueryRejectedException;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs one agent step: retrieve evidence with the step's settings, build its prompt, compose, record. */
final class AgentStepRunner {

    private static final int MAX_RECOMMENDATIONS_PER_STEP = 3;

    private final PromptBuilder prompts = new PromptBuilder();

    private final AdviceModels models;

    /** Marks evidence that came from the request's fallback evidence rather than a search. */
    static final String FALLBACK_COLLECTION = "fallback_evidence";

    private final PiiScrubber pii = new PiiScrubber();

    private final ModelTextGuard modelText = new ModelTextGuard();

    private final ContextBudget budget;

    AgentStepRunner(AdviceModels models, ContextBudget budget) {
        this.models = models;
        this.budget = budget;
    }

    /** The step, searching through {@code search}: the request's searches, shared by its steps. */
    StepOutcome run(
            AgentStep step,
            AgentRunRequest request,
            String locale,
            List<Turn> history,
            Instant deadline,
            EvidenceSearch search) {
        AdviceModel hosted = models.named(step.model(), step.agent());
        long started = System.nanoTime();
        // Nothing that identifies the person leaves this step: not to the vector service, not to a model.
        String query = pii.scrub(query(step, request, locale));
        SearchFilters filters = new SearchFilters(
                request.category().wireName(), locale, step.retrieval().minConfidence(), null);
        SearchResponse found =
                search(search, searchRequest(step, query, filters), request.fallbackEvidence(), deadline);
        boolean degraded = FALLBACK_COLLECTION.equals(found.collection());
        // Trimmed before it is recorded, so the run record shows exactly what the model was given.
        Map<String, Object> inputContext =
                budget.fit(pii.scrub(inputContext(request.context(), locale, query, history)), query);
        Prompt prompt = prompts.build(new PromptInput(
                step.promptTemplate(),
                locale,
                step.agent(),
                request.category().wireName(),
                inputContext,
                query,
                MAX_RECOMMENDATIONS_PER_STEP,
                found.results()));
        ModelRequest modelRequest = new ModelRequest(
                step.agent(),
                request.category(),
                locale,
                prompt.text(),
                query,
                found.results(),
                request.context(),
                MAX_RECOMMENDATIONS_PER_STEP,
                deadline);
        AdviceModel model = hosted;
        String modelFallback = null;
        ModelAnswer answer;
        try {
            answer = hosted.answer(modelRequest);
        } catch (AgentRunException ex) {
            // A hosted model that is down, hanging (its retries spent) or behind an open breaker: the offline
            // composer writes the step from the same evidence, without I/O, so the person still gets grounded
            // advice, flagged degraded. A model that refuses the request or writes invalid output still fails.
            if (ex.errorType() != ErrorType.MODEL_UNAVAILABLE || hosted == models.offline()) {
                throw ex;
            }
            model = models.offline();
            modelFallback = ex.getMessage();
            answer = model.answer(modelRequest);
        }
        FilterResult safe = modelText.recommendations(
                answer.recommendations(), request.context().medicalFlags());
        VectorQueryRecord vectorQuery = new VectorQueryRecord(
                found.collection(),
                found.embeddingModel(),
                step.retrieval().topK(),
                filterMap(filters),
                found.results());
        AgentRunRecord run = new AgentRunRecord(
                step.agent(),
                model.modelVersion(),
                inputContext,
                (System.nanoTime() - started) / 1_000_000,
                AgentRunStatus.COMPLETED,
                answer.attempts() - 1,
                List.of(vectorQuery));
        String focus = step.focus().getOrDefault(locale, step.focus().getOrDefault("en", step.agent()));
        return new StepOutcome(
                run,
                safe.kept(),
                found.results(),
                prompt.text(),
                SentencePicker.words(focus),
                answer.summary(),
                safe.removedReasons(),
                degraded,
                modelFallback);
    }

    private static SearchRequest searchRequest(AgentStep step, String query, SearchFilters filters) {
        try {
            // One result per document: two recommendations must not cite two chunks of the same document.
            return new SearchRequest(query, step.retrieval().topK(), null, filters, SearchGrouping.DOCUMENT);
        } catch (IllegalArgumentException ex) {
            throw new AgentRunException(
                    ErrorType.INVALID_AGENT_PROFILE,
                    false,
                    "agent " + step.agent() + " has invalid retrieval settings: " + ex.getMessage(),
                    ex);
        }
    }

    /**
     * The search, or — when the vector service is down — the fallback evidence the gateway sent for the request's
     * category and language, if it sent any.
     */
    private static SearchResponse search(
            EvidenceSearch search, SearchRequest request, List<EvidenceHit> fallback, Instant deadline) {
        try {
            return search.search(request, deadline);
        } catch (VectorServiceUnavailableException ex) {
            if (fallback.isEmpty()) {
                throw new AgentRunException(
                        ErrorType.VECTOR_SERVICE_UNAVAILABLE, true, "the vector service did not answer", ex);
            }
            List<EvidenceHit> saved = fallback.subList(0, Math.min(request.topK(), fallback.size()));
            return new SearchResponse(FALLBACK_COLLECTION, "fallback", saved);
        } catch (VectorQueryRejectedException ex) {
            throw new AgentRunException(
                    ex.errorType(), false, "the vector service refused the query: " + ex.getMessage(), ex);
        }
    }

    /** The user's own words when given, otherwise the step's focus in the answer language. */
    private static String query(AgentStep step, AgentRunRequest request, String locale) {
        if (request.message() != null && !request.message().isBlank()) {
            return request.message().strip();
        }
        String focus = step.focus().getOrDefault(locale, step.focus().get("en"));
        return (focus != null) ? focus : request.category().wireName() + " wellbeing";
    }

    private static Map<String, Object> inputContext(
            UserContext context, String locale, String query, List<Turn> history) {
        Map<String, Object> seen = new HashMap<>();
        seen.put(
                "conversation",
                history.stream().map(t -> t.role() + ": " + t.text()).toList());
        seen.put("locale", locale);
        seen.put("query", query);
        seen.put("profile", context.profile());
        seen.put("medical_flags", context.medicalFlags());
        seen.put("habits", context.habits());
        seen.put("biometrics", context.biometrics());
        seen.put(
                "recent_responses",
                context.recentResponses().stream()
                        .map(r -> r.category() + ": " + r.title())
                        .toList());
        seen.put("preferences", context.preferences());
        return seen;
    }

    private static Map<String, Object> filterMap(SearchFilters filters) {
        Map<String, Object> map = new HashMap<>();
        map.put("category", filters.category());
        map.put("locale", filters.locale());
        if (filters.minConfidence() != null) {
            map.put("min_confidence", filters.minConfidence());
        }
        return map;
    }
}
