package io.aura360.gateway.agentprofile;

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
                json.readValue(rs.getString("match"), AgentProfile.Match.class),
                json.readValue(rs.getString("pipeline"), PIPELINE));
    }
}
