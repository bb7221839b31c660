package io.aura360.gateway.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code PUT /api/v1/me/profile} (a full replacement) and, once a merge patch is applied, {@code PATCH}: the fields
 * a user may set about themselves (never the tier or role). A null field clears it.
 */
record ProfileUpdate(
        @JsonProperty("display_name") @Size(max = 100) String displayName,

        @Pattern(regexp = "^[a-z]{2}(-[A-Z]{2})?$", message = "must be a language tag like 'es' or 'en-GB'")
        String locale,

        @Pattern(regexp = "^(female|male|other|undisclosed)$", message = "must be female, male, other or undisclosed")
        String sex,

        @JsonProperty("birth_date") @Past @PlausibleDate LocalDate birthDate,

        @JsonProperty("height_cm") @DecimalMin("30") @DecimalMax("300")
        Double heightCm,

        @JsonProperty("activity_level")
        @Pattern(
                regexp = "^(sedentary|light|moderate|active|very_active)$",
                message = "must be sedentary, light, moderate, active or very_active")
        String activityLevel,

        @Size(max = 10) List<@Size(min = 1, max = 100) String> goals,
        @Size(max = 20) @BoundedPreferences Map<String, Object> preferences,
        @Size(max = 64) String timezone) {}
