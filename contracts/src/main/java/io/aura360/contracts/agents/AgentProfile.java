package io.aura360.contracts.agents;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aura360.contracts.Category;
import java.util.List;
import java.util.Set;

/**
 * A row of {@code holistic_agent_profiles}: which users of a category it serves and the ordered pipeline of
 * agent steps it runs. Among the enabled profiles that match a user, the highest {@code priority} wins.
 */
public record AgentProfile(
        String name, Category category, int priority, boolean enabled, Match match, List<AgentStep> pipeline) {

    public AgentProfile {
        match = (match == null) ? Match.EVERYONE : match;
        pipeline = (pipeline == null) ? List.of() : List.copyOf(pipeline);
    }

    /**
     * Who a profile serves. An empty set matches everyone; {@code medicalFlags} must all be present in the user's
     * flags.
     */
    public record Match(
            Set<String> tiers,
            Set<String> locales,
            @JsonProperty("medical_flags") Set<String> medicalFlags) {

        public static final Match EVERYONE = new Match(Set.of(), Set.of(), Set.of());

        public Match {
            tiers = (tiers == null) ? Set.of() : Set.copyOf(tiers);
            locales = (locales == null) ? Set.of() : Set.copyOf(locales);
            medicalFlags = (medicalFlags == null) ? Set.of() : Set.copyOf(medicalFlags);
        }

        public boolean accepts(String tier, String locale, List<String> userFlags) {
            return (tiers.isEmpty() || tiers.contains(tier))
                    && (locales.isEmpty() || locales.contains(locale))
                    && userFlags.containsAll(medicalFlags);
        }

        /** How specific the match is, to break priority ties in favour of the narrower profile. */
        public int specificity() {
            return tiers.size() + locales.size() + medicalFlags.size();
        }
    }
}
