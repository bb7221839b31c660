package io.aura360.agents.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.aura360.agents.compose.OfflineGroundedComposer;
import io.aura360.agents.compose.SentencePicker;
import io.aura360.agents.prompt.PromptBuilder;
import io.aura360.agents.prompt.PromptBuilder.Prompt;
import io.aura360.agents.prompt.PromptBuilder.PromptInput;
import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRecord;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentStep;
import io.aura360.contracts.agents.UserContext;
import io.aura360.contracts.agents.VectorQueryRecord;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.SearchFilters;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.contracts.vector.VectorServiceUnavailableException;

/** Runs one agent step: retrieve evidence with the step's settings, build its prompt, compose, record. */
final class AgentStepRunner {

	static final String OFFLINE_MODEL = "offline";

	private static final int MAX_RECOMMENDATIONS_PER_STEP = 3;

	private final EvidenceSearch search;

	private final PromptBuilder prompts = new PromptBuilder();

	private final OfflineGroundedComposer composer = new OfflineGroundedComposer();

	AgentStepRunner(EvidenceSearch search) {
		this.search = search;
	}

	StepOutcome run(AgentStep step, AgentRunRequest request, String locale) {
		if (!OFFLINE_MODEL.equals(step.model())) {
			// Only the offline composer is wired so far; never fall back silently to another model.
			throw new AgentRunException("MODEL_UNAVAILABLE", false,
					"agent " + step.agent() + " asks for model '" + step.model() + "', which is not configured", null);
		}
		long started = System.nanoTime();
		String query = query(step, request, locale);
		SearchFilters filters = new SearchFilters(request.category().wireName(), locale,
				step.retrieval().minConfidence(), null);
		SearchResponse found = search(searchRequest(step, query, filters));
		Map<String, Object> inputContext = inputContext(request.context(), locale, query);
		Prompt prompt = prompts.build(new PromptInput(step.promptTemplate(), locale, step.agent(),
				request.category().wireName(), inputContext, query, MAX_RECOMMENDATIONS_PER_STEP, found.results()));
		List<Recommendation> recommendations = composer.recommend(step.agent(), found.results(), query,
				MAX_RECOMMENDATIONS_PER_STEP);
		VectorQueryRecord vectorQuery = new VectorQueryRecord(found.collection(), found.embeddingModel(),
				step.retrieval().topK(), filterMap(filters), found.results());
		AgentRunRecord run = new AgentRunRecord(step.agent(), OfflineGroundedComposer.MODEL, inputContext,
				(System.nanoTime() - started) / 1_000_000, "COMPLETED", 0, List.of(vectorQuery));
		String focus = step.focus().getOrDefault(locale, step.focus().getOrDefault("en", step.agent()));
		return new StepOutcome(run, recommendations, found.results(), prompt.text(), SentencePicker.words(focus));
	}

	private static SearchRequest searchRequest(AgentStep step, String query, SearchFilters filters) {
		try {
			return new SearchRequest(query, step.retrieval().topK(), null, filters);
		}
		catch (IllegalArgumentException ex) {
			throw new AgentRunException("INVALID_AGENT_PROFILE", false,
					"agent " + step.agent() + " has invalid retrieval settings: " + ex.getMessage(), ex);
		}
	}

	private SearchResponse search(SearchRequest request) {
		try {
			return search.search(request);
		}
		catch (VectorServiceUnavailableException ex) {
			throw new AgentRunException("VECTOR_SERVICE_UNAVAILABLE", true, "the vector service did not answer", ex);
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

	private static Map<String, Object> inputContext(UserContext context, String locale, String query) {
		Map<String, Object> seen = new HashMap<>();
		seen.put("locale", locale);
		seen.put("query", query);
		seen.put("profile", context.profile());
		seen.put("medical_flags", context.medicalFlags());
		seen.put("habits", context.habits());
		seen.put("biometrics", context.biometrics());
		seen.put("recent_responses", context.recentResponses().stream().map(r -> r.category() + ": " + r.title()).toList());
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
