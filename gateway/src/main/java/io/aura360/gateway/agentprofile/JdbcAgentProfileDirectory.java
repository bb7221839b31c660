package io.aura360.gateway.agentprofile;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentProfileDirectory;
import io.aura360.contracts.agents.AgentStep;

/**
 * Agent profiles read from {@code holistic_agent_profiles} on every call: no cache, so an admin's change
 * applies to the very next request.
 */
@Repository
public class JdbcAgentProfileDirectory implements AgentProfileDirectory {

	private static final TypeReference<List<AgentStep>> PIPELINE = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	public JdbcAgentProfileDirectory(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public List<AgentProfile> enabledProfiles(Category category) {
		return jdbc.sql("""
				select name, priority, enabled, match::text as match, pipeline::text as pipeline
				from holistic_agent_profiles where category = cast(:category as holistic_category) and enabled""")
			.param("category", category.wireName())
			.query((rs, n) -> new AgentProfile(rs.getString("name"), category, rs.getInt("priority"),
					rs.getBoolean("enabled"), json.readValue(rs.getString("match"), AgentProfile.Match.class),
					json.readValue(rs.getString("pipeline"), PIPELINE)))
			.list();
	}

}
