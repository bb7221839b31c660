package io.aura360.agents.pipeline;

import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentProfileDirectory;
import java.util.ArrayList;
import java.util.List;

/** The agent profiles held in memory; answers, as the contract says, with the enabled ones of a category. */
final class InMemoryAgentProfileDirectory implements AgentProfileDirectory {

    private final List<AgentProfile> profiles = new ArrayList<>();

    InMemoryAgentProfileDirectory(AgentProfile... profiles) {
        this.profiles.addAll(List.of(profiles));
    }

    @Override
    public List<AgentProfile> enabledProfiles(Category category) {
        return profiles.stream()
                .filter(p -> p.category() == category)
                .filter(AgentProfile::enabled)
                .toList();
    }
}
