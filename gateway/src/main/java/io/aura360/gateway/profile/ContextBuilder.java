package io.aura360.gateway.profile;

import io.aura360.contracts.agents.UserContext;
import io.aura360.contracts.agents.UserContext.RecentResponse;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the context package the agents receive. Data minimisation: identifiers (name, email, phone) never
 * leave the gateway and the birth date becomes a ten-year age band.
 */
public final class ContextBuilder {

    public UserContext build(UserProfile profile, List<RecentResponse> recentResponses, LocalDate today) {
        Map<String, Object> filtered = new HashMap<>();
        if (profile.birthDate() != null) {
            filtered.put(
                    "age_range",
                    ageBand(Period.between(profile.birthDate(), today).getYears()));
        }
        putIfPresent(filtered, "sex", profile.sex());
        putIfPresent(filtered, "height_cm", profile.heightCm());
        putIfPresent(filtered, "activity_level", profile.activityLevel());
        if (!profile.goals().isEmpty()) {
            filtered.put("goals", profile.goals());
        }
        return new UserContext(
                filtered,
                profile.medicalFlags(),
                profile.habits(),
                profile.biometrics(),
                recentResponses,
                profile.preferences());
    }

    static String ageBand(int years) {
        if (years < 18) {
            return "under 18";
        }
        int decade = (years / 10) * 10;
        return Math.max(decade, 18) + "-" + (decade + 9);
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
