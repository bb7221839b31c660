package io.aura360.gateway.agentprofile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentStep;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@code holistic_agent_profiles} row into an {@link AgentProfile}, for the pipelines and the admin API
 * alike. Queries select {@link #COLUMNS}.
 */
final class AgentProfileRows implements RowMapper<AgentProfile> {

    static final String COLUMNS = "name, category::text as category, priority, enabled, match::text as match, "
            + "pipeline::text as pipeline";

    private static final TypeReference<List<AgentStep>> PIPELINE = new TypeReference<>() {};

    /**
     * Parsed columns by their JSON text. The pipelines read every profile on every request (uncached, so an admin's
     * change applies at once); parsing them was 1.4 % of the advice path. Changed text is a new key, so nothing
     * stale is ever served, and the parsed values are immutable records, safe to share.
     */
    private static final Cache<String, AgentProfile.Match> MATCHES =
            Caffeine.newBuilder().maximumSize(1_000).build();

    private static final Cache<String, List<AgentStep>> PIPELINES =
            Caffeine.newBuilder().maximumSize(1_000).build();

    private final JsonMapper json;

    AgentProfileRows(JsonMapper json) {
        this.json = json;
    }

    @Override
    public AgentProfile mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new AgentProfile(
                rs.getString("name"),
                Category.parse(rs.getString("category")).orElseThrow(),
                rs.getInt("priority"),
                rs.getBoolean("enabled"),
                MATCHES.get(rs.getString("match"), text -> json.readValue(text, AgentProfile.Match.class)),
                PIPELINES.get(rs.getString("pipeline"), text -> List.copyOf(json.readValue(text, PIPELINE))));
    }
}
