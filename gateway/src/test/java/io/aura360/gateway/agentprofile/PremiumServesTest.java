package io.aura360.gateway.agentprofile;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentProfile.Match;
import io.aura360.contracts.agents.AgentStep;
import io.aura360.contracts.agents.AgentStep.Retrieval;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The admission holds a request only when the profile the agents will pick for its user is marked premium. */
class PremiumServesTest {

    private static final List<AgentStep> ONE_STEP = List.of(new AgentStep(
            "coach", "offline", "advice", Map.of("en", "sleep"), new Retrieval(List.of(), 3, 0.3), List.of()));

    private static final Match PREMIUM_TIER = new Match(Set.of("premium"), Set.of(), Set.of());

    @ParameterizedTest(name = "default profile priority {0}, {1} user: held {2}")
    @CsvSource({
        "10, premium, true", // the premium profile serves the user
        "30, premium, false", // outranked by the default profile
        "10, free, false" // it does not accept the user's tier
    })
    void onlyThePremiumProfileThatServesTheUserHoldsIt(int defaultPriority, String tier, boolean held) {
        AgentRunInputs.Resolved inputs = resolved(
                Set.of("soul-premium"),
                profile("soul-default", defaultPriority, Match.EVERYONE),
                profile("soul-premium", 20, PREMIUM_TIER));

        assertThat(inputs.premiumServes(tier, "en", List.of())).isEqualTo(held);
    }

    @Test
    void aTieInPriorityGoesToTheMoreSpecificProfileAsTheAgentsDo() {
        AgentRunInputs.Resolved inputs = resolved(
                Set.of("a-broad"), profile("a-broad", 20, Match.EVERYONE), profile("z-narrow", 20, PREMIUM_TIER));

        assertThat(inputs.premiumServes("premium", "en", List.of())).isFalse();
        assertThat(inputs.premiumServes("free", "en", List.of())).isTrue();
    }

    @Test
    void aProfileWithoutAPipelineIsNeverPickedNorNothingHolds() {
        AgentProfile empty = new AgentProfile("soul-premium", Category.SOUL, 50, true, Match.EVERYONE, List.of());

        assertThat(resolved(Set.of("soul-premium"), empty, profile("soul-default", 10, Match.EVERYONE))
                        .premiumServes("premium", "en", List.of()))
                .isFalse();
        assertThat(resolved(Set.of()).premiumServes("premium", "en", List.of())).isFalse();
    }

    private static AgentRunInputs.Resolved resolved(Set<String> premium, AgentProfile... profiles) {
        return new AgentRunInputs.Resolved(List.of(profiles), List.of(), premium);
    }

    private static AgentProfile profile(String name, int priority, Match match) {
        return new AgentProfile(name, Category.SOUL, priority, true, match, ONE_STEP);
    }
}
