package io.aura360.gateway.agentprofile;

import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentProfileDirectory;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agent profiles read from {@code holistic_agent_profiles} on every call: no cache, so an admin's change
 * applies to the very next request.
 */
@Repository
public class JdbcAgentProfileDirectory implements AgentProfileDirectory {

    private final JdbcClient jdbc;

    private final AgentProfileRows rows;

    public JdbcAgentProfileDirectory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.rows = new AgentProfileRows(json);
    }

    @Override
    public List<AgentProfile> enabledProfiles(Category category) {
        return jdbc.sql(
                        "select " + AgentProfileRows.COLUMNS
                                + " from holistic_agent_profiles where category = cast(:category as holistic_category) and enabled")
                .param("category", category.wireName())
                .query(rows)
                .list();
    }
}
