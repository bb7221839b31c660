package io.aura360.gateway.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.Category;
import io.aura360.contracts.advice.AdvicePayload.FollowUp;
import io.aura360.gateway.profile.UserProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileRequirementsTest {

    private final ProfileRequirements requirements = new ProfileRequirements();

    @Test
    void bodyNeedsAgeActivityAndSleepInThatOrder() {
        assertThat(requirements.missing(Category.BODY, profile(null, null, List.of(), Map.of())))
                .containsExactly("age", "activity_level", "sleep_hours");
    }

    @Test
    void aCompleteBodyProfileMissesNothing() {
        assertThat(requirements.missing(
                        Category.BODY,
                        profile(LocalDate.of(1990, 1, 1), "light", List.of(), Map.of("sleep_hours", "7 h"))))
                .isEmpty();
    }

    @Test
    void mindNeedsSleepAndSoulNeedsGoals() {
        UserProfile empty = profile(null, null, List.of(), Map.of());
        assertThat(requirements.missing(Category.MIND, empty)).containsExactly("sleep_hours");
        assertThat(requirements.missing(Category.SOUL, empty)).containsExactly("goals");
        assertThat(requirements.missing(Category.SOUL, profile(null, null, List.of("serve others"), Map.of())))
                .isEmpty();
    }

    @Test
    void asksForEachMissingFieldInTheApp() {
        assertThat(ProfileRequirements.followUps(List.of("age", "goals")))
                .containsExactly(new FollowUp("provide_age", null, "app"), new FollowUp("provide_goals", null, "app"));
    }

    private static UserProfile profile(
            LocalDate birth, String activity, List<String> goals, Map<String, Object> biometrics) {
        return new UserProfile(
                UUID.randomUUID(),
                "free",
                "en",
                null,
                birth,
                null,
                activity,
                goals,
                Map.of(),
                List.of(),
                List.of(),
                biometrics);
    }
}
