package io.aura360.gateway.agentprofile;

import io.aura360.contracts.agents.AgentProfile;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@code holistic_agent_profiles} for the admin API. Every write records its author in
 * {@code updated_by} (through the {@code aura.actor} setting the audit trigger reads).
 */
@Repository
class AgentProfileStore {

    private final JdbcClient jdbc;

    private final JsonMapper json;

    private final TransactionTemplate transaction;

    private final AgentProfileRows rows;

    AgentProfileStore(JdbcClient jdbc, JsonMapper json, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.json = json;
        this.transaction = transaction;
        this.rows = new AgentProfileRows(json);
    }

    List<AgentProfile> all() {
        return jdbc.sql("select " + AgentProfileRows.COLUMNS
                        + " from holistic_agent_profiles order by category, priority desc, name")
                .query(rows)
                .list();
    }

    Optional<AgentProfile> find(String name) {
        return jdbc.sql("select " + AgentProfileRows.COLUMNS + " from holistic_agent_profiles where name = ?")
                .param(name)
                .query(rows)
                .optional();
    }

    void create(AgentProfile profile, String actor) {
        try {
            write(actor, """
					insert into holistic_agent_profiles (name, category, priority, enabled, match, pipeline)
					values (:name, cast(:category as holistic_category), :priority, :enabled, cast(:match as jsonb),
					        cast(:pipeline as jsonb))""", profile);
        } catch (DuplicateKeyException ex) {
            throw new ApiProblemException(
                    ProblemType.CONFLICT, "An agent profile named '" + profile.name() + "' exists.");
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
            jdbc.sql("select set_config('aura.actor', :actor, true)")
                    .param("actor", actor)
                    .query(String.class)
                    .single();
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
