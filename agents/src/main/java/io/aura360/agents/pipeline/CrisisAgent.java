package io.aura360.agents.pipeline;

import io.aura360.agents.guardrail.CrisisAssessment;
import io.aura360.agents.guardrail.CrisisResources;
import io.aura360.agents.guardrail.CrisisResponse;
import io.aura360.agents.prompt.PromptChecksum;
import io.aura360.contracts.Category;
import io.aura360.contracts.advice.AdvicePayload;
import io.aura360.contracts.advice.AdvicePayload.AgentDiagnostics;
import io.aura360.contracts.advice.AdvicePayload.FollowUp;
import io.aura360.contracts.advice.AdvicePayload.PayloadUser;
import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.advice.AdvicePayload.Source;
import io.aura360.contracts.advice.AdvicePayload.Summary;
import io.aura360.contracts.agents.AgentRunRecord;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.agents.AgentRunStatus;
import io.aura360.contracts.agents.VectorQueryRecord;
import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.SearchFilters;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers a request that shows self-harm or suicide risk: the crisis resources of the user's locale, cited to
 * the knowledge base's urgent-help documents, no generated advice, flagged {@code self_harm_risk} for human
 * review. Deterministic on purpose: no model decides what a person in crisis reads.
 */
final class CrisisAgent {

    static final String NAME = "crisis";

    static final String MODEL = "crisis-protocol/1.0";

    static final String SAFETY_FLAG = "self_harm_risk";

    private static final Map<String, String> QUERY = Map.of(
            "en",
            "urgent help suicide crisis line emergency",
            "es",
            "ayuda urgente línea de crisis suicidio emergencias");

    private static final int TOP_K = 3;

    private final EvidenceSearch search;

    private final CrisisResources resources = new CrisisResources();

    CrisisAgent(EvidenceSearch search) {
        this.search = search;
    }

    AgentRunResult respond(AgentRunRequest request, String locale, CrisisAssessment risk) {
        long started = System.nanoTime();
        Object country = request.context().profile().get("country");
        CrisisResponse response = resources.forPerson(locale, (country == null) ? null : country.toString());
        SearchFilters filters = new SearchFilters(Category.MIND.wireName(), locale, null, null);
        SearchResponse found = urgentHelpEvidence(locale, filters);
        List<EvidenceHit> evidence = found.results();
        List<String> citations = evidence.stream()
                .filter(hit -> hit.docId().contains("crisis"))
                .map(EvidenceHit::sourceId)
                .limit(1)
                .toList();
        List<Recommendation> recommendations = new ArrayList<>();
        if (!citations.isEmpty()) {
            response.resources()
                    .forEach(resource -> recommendations.add(new Recommendation(
                            "crisis_resource", resource.name() + ": " + resource.contact(), 1.0, citations)));
        }
        List<Source> sources = evidence.stream()
                .map(h -> new Source(h.sourceId(), h.url(), h.chunk(), h.score()))
                .toList();
        AdvicePayload payload = new AdvicePayload(
                AdvicePayload.CURRENT_VERSION,
                new PayloadUser(request.userId().toString(), request.tier(), locale),
                request.category(),
                new Summary(response.title(), response.message()),
                recommendations,
                List.of(new FollowUp("human_review", null, "care_team")),
                sources,
                new AgentDiagnostics(
                        MODEL, PromptChecksum.of(MODEL + "\n" + locale + "\n" + response.message()), flags(risk)));
        AgentRunRecord run = new AgentRunRecord(
                NAME,
                MODEL,
                Map.of("locale", locale, "signals", risk.signals(), "category", String.valueOf(risk.category())),
                (System.nanoTime() - started) / 1_000_000,
                AgentRunStatus.COMPLETED,
                0,
                List.of(new VectorQueryRecord(
                        found.collection(),
                        found.embeddingModel(),
                        TOP_K,
                        Map.of("category", filters.category(), "locale", locale),
                        evidence)));
        return new AgentRunResult(payload, List.of(run), true);
    }

    private static List<String> flags(CrisisAssessment risk) {
        List<String> flags = new ArrayList<>(List.of(SAFETY_FLAG));
        flags.addAll(risk.diagnostics());
        return flags;
    }

    /** The crisis documents to cite; when the index cannot answer, the resources are still given, uncited. */
    private SearchResponse urgentHelpEvidence(String locale, SearchFilters filters) {
        try {
            return search.search(new SearchRequest(QUERY.getOrDefault(locale, QUERY.get("en")), TOP_K, null, filters));
        } catch (VectorServiceUnavailableException ex) {
            return new SearchResponse("holistic_memory", "unavailable", List.of());
        }
    }
}
