package io.aura360.contracts.agents;

import io.aura360.contracts.Category;
import java.util.List;

/**
 * Reads the agent pipeline configuration ({@code holistic_agent_profiles}), owned by the gateway. Agents ask on
 * every request, so a changed profile takes effect on the next one.
 */
public interface AgentProfileDirectory {

    /** The enabled profiles of {@code category}, in any order. */
    List<AgentProfile> enabledProfiles(Category category);
}
