package io.aura360.gateway.agentprofile;

import io.aura360.contracts.AnswerLanguage;
import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.gateway.fallback.FallbackEvidence;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an agent run needs from the gateway's tables, resolved when the run starts and sent inside the
 * {@code AgentRunRequest} so the agents never call the gateway back: the enabled profiles of the category (read
 * on every request, no cache, so an admin's change applies to the very next one; read once, for the admission's
 * premium check and the run alike) and the fallback evidence slice of the category and answer language, as many
 * hits as the largest {@code top_k} among those profiles' steps.
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
        List<Enabled> enabled = enabledProfiles(category);
        List<AgentProfile> profiles = enabled.stream().map(Enabled::profile).toList();
        Set<String> premium = enabled.stream()
                .filter(Enabled::premium)
                .map(e -> e.profile().name())
                .collect(Collectors.toUnmodifiableSet());
        int slice = profiles.stream()
                .flatMap(p -> p.pipeline().stream())
                .mapToInt(step -> step.retrieval().topK())
                .max()
                .orElse(0);
        List<EvidenceHit> evidence =
                (slice == 0) ? List.of() : fallback.recent(category.wireName(), AnswerLanguage.of(locale), slice);
        return new Resolved(profiles, evidence, premium);
    }

    private List<Enabled> enabledProfiles(Category category) {
        return jdbc.sql("select " + AgentProfileRows.COLUMNS + ", premium from holistic_agent_profiles"
                        + " where category = cast(:category as holistic_category) and enabled")
                .param("category", category.wireName())
                .query((rs, n) -> new Enabled(rows.mapRow(rs, n), rs.getBoolean("premium")))
                .list();
    }

    private record Enabled(AgentProfile profile, boolean premium) {}

    /**
     * The agent profiles and fallback evidence one run is given, and which of those profiles are marked
     * {@code premium} (the gateway's own column: the agents are not told).
     */
    public record Resolved(List<AgentProfile> profiles, List<EvidenceHit> fallbackEvidence, Set<String> premium) {

        /** The agents' choice (the contract on {@link AgentProfile}): priority, then specificity, then name. */
        private static final Comparator<AgentProfile> PREFERENCE = Comparator.comparingInt(AgentProfile::priority)
                .thenComparingInt(p -> p.match().specificity())
                .reversed()
                .thenComparing(AgentProfile::name);

        /**
         * Whether the profile that will serve this user is marked {@code premium}: picked the way the agents pick
         * it, among the profiles with a pipeline that accept the user. Such a pipeline waits for the profile data
         * it needs.
         */
        public boolean premiumServes(String tier, String locale, List<String> medicalFlags) {
            return profiles.stream()
                    .filter(p -> !p.pipeline().isEmpty())
                    .filter(p -> p.match().accepts(tier, AnswerLanguage.of(locale), medicalFlags))
                    .min(PREFERENCE)
                    .map(p -> premium.contains(p.name()))
                    .orElse(false);
        }
    }
}
