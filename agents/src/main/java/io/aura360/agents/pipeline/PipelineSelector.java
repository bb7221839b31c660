package io.aura360.agents.pipeline;

import io.aura360.contracts.agents.AgentProfile;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the agent profile for a user: among enabled profiles whose match accepts the user's tier, locale and
 * medical flags, the highest priority wins, then the most specific match, then the name (deterministic).
 */
public final class PipelineSelector {

    private static final Comparator<AgentProfile> PREFERENCE = Comparator.comparingInt(AgentProfile::priority)
            .thenComparingInt(p -> p.match().specificity())
            .reversed()
            .thenComparing(AgentProfile::name);

    public Optional<AgentProfile> select(
            List<AgentProfile> profiles, String tier, String locale, List<String> medicalFlags) {
        return profiles.stream()
                .filter(AgentProfile::enabled)
                .filter(p -> !p.pipeline().isEmpty())
                .filter(p -> p.match().accepts(tier, locale, medicalFlags))
                .min(PREFERENCE);
    }
}
