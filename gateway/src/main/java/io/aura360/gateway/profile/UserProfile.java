package io.aura360.gateway.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A user's profile as stored, identifiers included. Only {@link ContextBuilder} decides what of it the agents
 * may see.
 */
public record UserProfile(
        UUID userId,
        String tier,
        String locale,
        String sex,
        LocalDate birthDate,
        Double heightCm,
        String activityLevel,
        List<String> goals,
        Map<String, Object> preferences,
        List<String> medicalFlags,
        List<Map<String, Object>> habits,
        Map<String, Object> biometrics) {

    public UserProfile {
        goals = List.copyOf(goals);
        preferences = Map.copyOf(preferences);
        medicalFlags = List.copyOf(medicalFlags);
        habits = List.copyOf(habits);
        biometrics = Map.copyOf(biometrics);
    }
}
