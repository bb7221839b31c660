package io.aura360.gateway.agentprofile;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentStep;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;

/**
 * Reads and writes {@code holistic_agent_profiles} for the admin API. Every write records its author in
 * {@code updated_by} (through the {@code aura.actor} setting the audit trigger reads).
 */
@Repository
class AgentProfileStore {

	private static final TypeReference<List<AgentStep>> PIPELINE = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	AgentProfileStore(JdbcClient jdbc, JsonMapper json, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.json = json;
		this.transaction = transaction;
	}

	List<AgentProfile> all() {
		return jdbc.sql("""
				select name, category::text as category, priority, enabled, match::text as match, pipeline::text as pipeline
				from holistic_agent_profiles order by category, priority desc, name""")
			.query((rs, n) -> new AgentProfile(rs.getString("name"), Category.parse(rs.getString("category")).orElseThrow(),
					rs.getInt("priority"), rs.getBoolean("enabled"),
					json.readValue(rs.getString("match"), AgentProfile.Match.class),
					json.readValue(rs.getString("pipeline"), PIPELINE)))
			.list();
	}

	Optional<AgentProfile> find(String name) {
		return all().stream().filter(p -> p.name().equals(name)).findFirst();
	}

	void create(AgentProfile profile, String actor) {
		try {
			write(actor, """
					insert into holistic_agent_profiles (name, category, priority, enabled, match, pipeline)
					values (:name, cast(:category as holistic_category), :priority, :enabled, cast(:match as jsonb),
					        cast(:pipeline as jsonb))""", profile);
		}
		catch (DuplicateKeyException ex) {
			throw new ApiProblemException(ProblemType.CONFLICT, "An agent profile named '" + profile.name() + "' exists.");
		}
	}

	boolean update(AgentProfile profile, String actor) {
		return write(actor, """
				update holistic_agent_profiles set category = cast(:category as holistic_category), priority = :priority,
				       enabled = :enabled, match = cast(:match as jsonb), pipeline = cast(:pipeline as jsonb)
				where name = :name""", profile) == 1;
	}

	private int write(String actor, String sql, AgentProfile profile) {
		Integer rows = transaction.execute(status -> {
			jdbc.sql("select set_config('aura.actor', :actor, true)").param("actor", actor).query(String.class).single();
			return jdbc.sql(sql)
				.param("name", profile.name())
				.param("category", profile.category().wireName())
				.param("priority", profile.priority())
				.param("enabled", profile.enabled())
				.param("match", json.writeValueAsString(profile.match()))
				.param("pipeline", json.writeValueAsString(profile.pipeline()))
				.update();
		});
		return (rows == null) ? 0 : rows;
	}

}
