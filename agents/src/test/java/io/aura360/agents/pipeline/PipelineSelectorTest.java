package io.aura360.agents.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentProfile.Match;
import io.aura360.contracts.agents.AgentStep;
import io.aura360.contracts.agents.AgentStep.Retrieval;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineSelectorTest {

    private static final List<AgentStep> ONE_STEP = List.of(new AgentStep(
            "coach", "offline", "advice", Map.of("en", "sleep"), new Retrieval(List.of(), 3, 0.3), List.of()));

    private final PipelineSelector selector = new PipelineSelector();

    @Test
    void highestPriorityWins() {
        AgentProfile low = profile("a-low", 10, Match.EVERYONE);
        AgentProfile high = profile("z-high", 20, Match.EVERYONE);
        AgentProfile middle = profile("m-middle", 15, Match.EVERYONE);

        assertThat(select(List.of(low, high, middle), "free", "en", List.of())).contains(high);
        assertThat(select(List.of(high, middle, low), "free", "en", List.of())).contains(high);
    }

    @Test
    void priorityOutweighsSpecificity() {
        AgentProfile narrowButLow = profile("a-narrow", 10, new Match(Set.of("premium"), Set.of("en"), Set.of()));
        AgentProfile broadButHigh = profile("z-broad", 11, Match.EVERYONE);

        assertThat(select(List.of(narrowButLow, broadButHigh), "premium", "en", List.of()))
                .contains(broadButHigh);
    }

    @Test
    void amongEqualPriorityTheMoreSpecificMatchWins() {
        AgentProfile general = profile("a-general", 10, Match.EVERYONE);
        AgentProfile premium = profile("m-premium", 10, new Match(Set.of("premium"), Set.of(), Set.of()));
        AgentProfile premiumSpanish = profile("z-premium-es", 10, new Match(Set.of("premium"), Set.of("es"), Set.of()));

        assertThat(select(List.of(general, premium, premiumSpanish), "premium", "es", List.of()))
                .contains(premiumSpanish);
        assertThat(select(List.of(premiumSpanish, general, premium), "premium", "en", List.of()))
                .contains(premium);
        assertThat(select(List.of(premium, premiumSpanish, general), "free", "es", List.of()))
                .contains(general);
    }

    @Test
    void neverChoosesADisabledProfile() {
        AgentProfile disabled = new AgentProfile("disabled", Category.MIND, 100, false, Match.EVERYONE, ONE_STEP);
        AgentProfile enabled = profile("enabled", 1, Match.EVERYONE);

        assertThat(select(List.of(disabled, enabled), "free", "en", List.of())).contains(enabled);
        assertThat(select(List.of(disabled), "free", "en", List.of())).isEmpty();
    }

    @Test
    void neverChoosesAProfileWithAnEmptyPipeline() {
        AgentProfile empty = new AgentProfile("empty", Category.MIND, 100, true, Match.EVERYONE, List.of());
        AgentProfile runnable = profile("runnable", 1, Match.EVERYONE);

        assertThat(select(List.of(empty, runnable), "free", "en", List.of())).contains(runnable);
        assertThat(select(List.of(empty), "free", "en", List.of())).isEmpty();
    }

    @Test
    void profileRequiringAMedicalFlagIsChosenOnlyForUsersWithThatFlag() {
        AgentProfile general = profile("general", 10, Match.EVERYONE);
        AgentProfile diabetes = profile("diabetes", 10, new Match(Set.of(), Set.of(), Set.of("diabetes")));
        List<AgentProfile> profiles = List.of(general, diabetes);

        assertThat(select(profiles, "free", "en", List.of())).contains(general);
        assertThat(select(profiles, "free", "en", List.of("hypertension"))).contains(general);
        assertThat(select(profiles, "free", "en", List.of("diabetes"))).contains(diabetes);
        assertThat(select(profiles, "free", "en", List.of("hypertension", "diabetes")))
                .contains(diabetes);
        assertThat(select(List.of(diabetes), "free", "en", List.of())).isEmpty();
    }

    @Test
    void everyRequiredMedicalFlagMustBePresent() {
        AgentProfile both = profile("both", 10, new Match(Set.of(), Set.of(), Set.of("diabetes", "hypertension")));

        assertThat(select(List.of(both), "free", "en", List.of("diabetes"))).isEmpty();
        assertThat(select(List.of(both), "free", "en", List.of("hypertension", "diabetes")))
                .contains(both);
    }

    @Test
    void tierMustBeOneOfTheProfilesTiers() {
        AgentProfile paid = profile("paid", 10, new Match(Set.of("premium", "pro"), Set.of(), Set.of()));

        assertThat(select(List.of(paid), "premium", "en", List.of())).contains(paid);
        assertThat(select(List.of(paid), "pro", "en", List.of())).contains(paid);
        assertThat(select(List.of(paid), "free", "en", List.of())).isEmpty();
    }

    @Test
    void localeMustBeOneOfTheProfilesLocales() {
        AgentProfile spanish = profile("spanish", 10, new Match(Set.of(), Set.of("es"), Set.of()));

        assertThat(select(List.of(spanish), "free", "es", List.of())).contains(spanish);
        assertThat(select(List.of(spanish), "free", "en", List.of())).isEmpty();
    }

    @Test
    void emptySetsMatchEveryone() {
        AgentProfile everyone = profile("everyone", 0, new Match(null, null, null));

        assertThat(select(List.of(everyone), "free", "en", List.of())).contains(everyone);
        assertThat(select(List.of(everyone), "premium", "es", List.of("diabetes", "pregnancy")))
                .contains(everyone);
        assertThat(select(List.of(everyone), null, "en", List.of())).contains(everyone);
    }

    @Test
    void noMatchingProfileGivesEmpty() {
        AgentProfile premium = profile("premium", 10, new Match(Set.of("premium"), Set.of(), Set.of()));
        AgentProfile spanish = profile("spanish", 10, new Match(Set.of(), Set.of("es"), Set.of()));

        assertThat(select(List.of(premium, spanish), "free", "en", List.of())).isEmpty();
        assertThat(select(List.of(), "free", "en", List.of())).isEmpty();
    }

    @Test
    void tiesOnPriorityAndSpecificityGoToTheAlphabeticallyFirstNameWhateverTheOrder() {
        AgentProfile alpha = profile("alpha", 10, new Match(Set.of("free"), Set.of(), Set.of()));
        AgentProfile bravo = profile("bravo", 10, new Match(Set.of(), Set.of("en"), Set.of()));
        AgentProfile charlie = profile("charlie", 10, new Match(Set.of(), Set.of(), Set.of("diabetes")));

        for (List<AgentProfile> order : List.of(
                List.of(alpha, bravo, charlie), List.of(charlie, bravo, alpha), List.of(bravo, charlie, alpha))) {
            assertThat(select(order, "free", "en", List.of("diabetes"))).contains(alpha);
        }
        assertThat(select(List.of(charlie, bravo), "free", "en", List.of("diabetes")))
                .contains(bravo);
    }

    private Optional<AgentProfile> select(List<AgentProfile> profiles, String tier, String locale, List<String> flags) {
        return selector.select(profiles, tier, locale, flags);
    }

    private static AgentProfile profile(String name, int priority, Match match) {
        return new AgentProfile(name, Category.MIND, priority, true, match, ONE_STEP);
    }
}
