package io.aura360.gateway.enrichment;

import io.aura360.contracts.Category;
import io.aura360.contracts.advice.AdvicePayload.FollowUp;
import io.aura360.gateway.profile.UserProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What each category needs to know about a person to personalise its advice, and which of it a profile lacks.
 * <ul>
 * <li>body: {@code age} (birth date), {@code activity_level} and {@code sleep_hours} (a biometric): nutrition,
 * movement and sleep guidance all change with them;</li>
 * <li>mind: {@code sleep_hours}: sleep is the first thing stress and mood advice adapts to;</li>
 * <li>soul: {@code goals}: purpose and values advice starts from what the person is aiming for.</li>
 * </ul>
 */
public final class ProfileRequirements {

    /** The follow-up action that asks for a field: {@code provide_<field>}, answered in the app. */
    static final String ACTION_PREFIX = "provide_";

    private static final Map<String, Predicate<UserProfile>> PRESENT = Map.of(
            "age", p -> p.birthDate() != null,
            "activity_level", p -> p.activityLevel() != null,
            "sleep_hours", p -> p.biometrics().containsKey("sleep_hours"),
            "goals", p -> !p.goals().isEmpty());

    private static final Map<Category, List<String>> NEEDED = Map.of(
            Category.BODY, List.of("age", "activity_level", "sleep_hours"),
            Category.MIND, List.of("sleep_hours"),
            Category.SOUL, List.of("goals"));

    /** The needed fields the profile lacks, in a stable order; empty when it is complete for the category. */
    public List<String> missing(Category category, UserProfile profile) {
        List<String> missing = new ArrayList<>();
        for (String field : NEEDED.getOrDefault(category, List.of())) {
            if (!PRESENT.get(field).test(profile)) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** One follow-up per missing field, e.g. {@code provide_sleep_hours} on the app channel. */
    public static List<FollowUp> followUps(List<String> missing) {
        return missing.stream()
                .map(field -> new FollowUp(ACTION_PREFIX + field, null, "app"))
                .toList();
    }
}
