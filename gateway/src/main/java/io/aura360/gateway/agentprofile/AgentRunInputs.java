package io.aura360.gateway.agentprofile;

import io.aura360.contracts.AnswerLanguage;
import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.gateway.fallback.FallbackEvidence;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an agent run needs from the gateway's tables, resolved when the run starts and sent inside the
 * {@code AgentRunRequest} so the agents never call the gateway back: the enabled profiles of the category (read
 * on every request, no cache, so an admin's change applies to the very next one) and the fallback evidence slice
 * of the category and answer language, as many hits as the largest {@code top_k} among those profiles' steps.
 */
@Component
public class AgentRunInputs {

    private final JdbcClient jdbc;

    private final AgentProfileRows rows;

    private final FallbackEvidence fallback;

    AgentRunInputs(JdbcClient jdbc, JsonMapper json, FallbackEvidence fallback) {
        this.jdbc = jdbc;
        this.rows = new AgentProfileRows(json);
        this.fallback = fallback;
    }

    /** The profiles and fallback evidence for a request of {@code category} in {@code locale}. */
    public Resolved resolve(Category category, String locale) {
        List<AgentProfile> profiles = enabledProfiles(category);
        int slice = profiles.stream()
                .flatMap(p -> p.pipeline().stream())
                .mapToInt(step -> step.retrieval().topK())
                .max()
                .orElse(0);
        List<EvidenceHit> evidence =
                (slice == 0) ? List.of() : fallback.recent(category.wireName(), AnswerLanguage.of(locale), slice);
        return new Resolved(profiles, evidence);
    }

    private List<AgentProfile> enabledProfiles(Category category) {
        return jdbc.sql(
                        "select " + AgentProfileRows.COLUMNS
                                + " from holistic_agent_profiles where category = cast(:category as holistic_category) and enabled")
                .param("category", category.wireName())
                .query(rows)
                .list();
    }

    /** The agent profiles and fallback evidence one run is given. */
    public record Resolved(List<AgentProfile> profiles, List<EvidenceHit> fallbackEvidence) {}
}
