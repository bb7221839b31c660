package io.aura360.contracts.agents;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * What the agents may know about the user: a filtered profile (no name, email, phone or exact birth date),
 * medical flags, recent habits, the latest biometrics, the last three responses and the user's preferences.
 */
public record UserContext(
        Map<String, Object> profile,
        @JsonProperty("medical_flags") List<String> medicalFlags,
        List<Map<String, Object>> habits,
        Map<String, Object> biometrics,
        @JsonProperty("recent_responses") List<RecentResponse> recentResponses,
        Map<String, Object> preferences) {

    public UserContext {
        profile = Map.copyOf(profile);
        medicalFlags = List.copyOf(medicalFlags);
        habits = List.copyOf(habits);
        biometrics = Map.copyOf(biometrics);
        recentResponses = List.copyOf(recentResponses);
        preferences = Map.copyOf(preferences);
    }

    public static UserContext empty() {
        return new UserContext(Map.of(), List.of(), List.of(), Map.of(), List.of(), Map.of());
    }

    /** True when the user has told us nothing about themselves yet. Derived, so never on the wire. */
    @JsonIgnore
    public boolean isEmptyProfile() {
        return profile.isEmpty() && medicalFlags.isEmpty() && habits.isEmpty() && biometrics.isEmpty();
    }

    public record RecentResponse(
            String category,
            String title,
            @JsonProperty("created_at") String createdAt) {}
}
