package io.aura360.gateway.enrichment;

import io.aura360.contracts.AnswerLanguage;
import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentProfile;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether the pipeline that will serve a user is marked {@code premium} ({@code holistic_agent_profiles.premium}):
 * such a pipeline waits for the profile data it needs. Picks the profile the way the agents do (the contract on
 * {@link AgentProfile}): among enabled ones that accept the user, highest priority, then the most specific
 * match, then the name.
 */
@Component
public class PremiumPipelines {

    private static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt((Candidate c) -> c.priority())
            .thenComparingInt(c -> c.match().specificity())
            .reversed()
            .thenComparing(Candidate::name);

    private final JdbcClient jdbc;

    private final JsonMapper json;

    PremiumPipelines(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public boolean waitsForProfileData(Category category, String tier, String locale, List<String> medicalFlags) {
        return jdbc
                .sql("""
				select name, priority, match::text as match, premium from holistic_agent_profiles
				where category = cast(? as holistic_category) and enabled and jsonb_array_length(pipeline) > 0""")
                .param(category.wireName())
                .query((rs, n) -> new Candidate(
                        rs.getString("name"),
                        rs.getInt("priority"),
                        json.readValue(rs.getString("match"), AgentProfile.Match.class),
                        rs.getBoolean("premium")))
                .list()
                .stream()
                .filter(c -> c.match().accepts(tier, AnswerLanguage.of(locale), medicalFlags))
                .min(PREFERENCE)
                .map(Candidate::premium)
                .orElse(false);
    }

    private record Candidate(String name, int priority, AgentProfile.Match match, boolean premium) {}
}
