package io.aura360.gateway.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.agents.UserContext;
import io.aura360.contracts.agents.UserContext.RecentResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContextBuilderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final ContextBuilder builder = new ContextBuilder();

    @Test
    void turnsTheBirthDateIntoATenYearBand() {
        UserContext context = builder.build(profile(LocalDate.of(1990, 5, 17)), List.of(), TODAY);

        assertThat(context.profile()).containsEntry("age_range", "30-39").doesNotContainKey("birth_date");
        assertThat(context.profile().values()).doesNotContain(LocalDate.of(1990, 5, 17));
    }

    @Test
    void bandsTheYoungestAdultsFromEighteen() {
        assertThat(ContextBuilder.ageBand(18)).isEqualTo("18-19");
        assertThat(ContextBuilder.ageBand(17)).isEqualTo("under 18");
        assertThat(ContextBuilder.ageBand(64)).isEqualTo("60-69");
    }

    @Test
    void passesFlagsHabitsBiometricsPreferencesAndRecentResponsesThrough() {
        List<RecentResponse> recent = List.of(new RecentResponse("mind", "Your mind plan", "2026-11-24T10:00:00Z"));
        UserContext context = builder.build(profile(null), recent, TODAY);

        assertThat(context.medicalFlags()).containsExactly("hypertension");
        assertThat(context.habits()).hasSize(1);
        assertThat(context.biometrics()).containsEntry("sleep_hours", "6 h");
        assertThat(context.preferences()).containsEntry("tone", "gentle");
        assertThat(context.recentResponses()).isEqualTo(recent);
        assertThat(context.profile())
                .containsEntry("goals", List.of("walk more"))
                .doesNotContainKey("age_range");
    }

    @Test
    void aProfileWithNothingInItIsEmpty() {
        UserProfile nothing = new UserProfile(
                UUID.randomUUID(),
                "free",
                "en",
                null,
                null,
                null,
                null,
                List.of(),
                Map.of(),
                List.of(),
                List.of(),
                Map.of());
        assertThat(builder.build(nothing, List.of(), TODAY).isEmptyProfile()).isTrue();
    }

    private static UserProfile profile(LocalDate birthDate) {
        return new UserProfile(
                UUID.randomUUID(),
                "free",
                "en",
                "female",
                birthDate,
                168.0,
                "light",
                List.of("walk more"),
                Map.of("tone", "gentle"),
                List.of("hypertension"),
                List.of(Map.of("type", "exercise", "description", "walks the dog")),
                Map.of("sleep_hours", "6 h"));
    }
}
