package io.aura360.gateway.agentprofile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentStep;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** Step settings that would silently do nothing are refused as an {@code invalid-request} naming the field. */
class AgentProfileRulesTest {

    @Test
    void acceptsTheSettingsThatTakeEffect() {
        assertThatNoException()
                .isThrownBy(() -> AgentProfileRules.check(profile(List.of("holistic_memory"), List.of("grounding"))));
        assertThatNoException().isThrownBy(() -> AgentProfileRules.check(profile(List.of(), List.of())));
    }

    @Test
    void refusesAGuardrailThatDoesNotExist() {
        assertRefused(profile(List.of(), List.of("grounding", "no_medication_advice")), "pipeline[0].guardrails");
    }

    @Test
    void refusesSeveralCollectionsSinceOnlyTheServedOneIsSearched() {
        assertRefused(profile(List.of("holistic_memory", "papers"), List.of()), "pipeline[0].retrieval.collections");
    }

    private static void assertRefused(AgentProfile profile, String field) {
        assertThatExceptionOfType(ApiProblemException.class)
                .isThrownBy(() -> AgentProfileRules.check(profile))
                .satisfies(problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.INVALID_REQUEST);
                    assertThat(problem.properties().get("errors"))
                            .asInstanceOf(InstanceOfAssertFactories.LIST)
                            .extracting(error -> (Object) ((Map<?, ?>) error).get("field"))
                            .containsExactly((Object) field);
                });
    }

    private static AgentProfile profile(List<String> collections, List<String> guardrails) {
        return new AgentProfile(
                "sleep_basics",
                Category.BODY,
                0,
                true,
                AgentProfile.Match.EVERYONE,
                List.of(new AgentStep(
                        "sleep_coach",
                        "offline",
                        "advice",
                        Map.of("en", "sleep better"),
                        new AgentStep.Retrieval(collections, 3, 0.5),
                        guardrails)));
    }
}
