package io.aura360.gateway.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What users add to their profile over time: habits, biometrics and clinical history. */
final class ProfileEntries {

    private ProfileEntries() {}

    record Habit(
            @JsonProperty("habit_type")
            @NotNull
            @Pattern(
                    regexp = "^(sleep|exercise|nutrition|hydration|meditation|social|screen_time|substance|other)$",
                    message =
                            "must be sleep, exercise, nutrition, hydration, meditation, social, screen_time, substance or other")
            String habitType,

            @NotBlank @Size(max = 500) String description,
            @Size(max = 100) String frequency) {}

    record Biometric(
            @NotNull @Pattern(regexp = "^[a-z_]{2,40}$", message = "must be a lowercase metric name like sleep_hours")
            String metric,

            @NotNull @DecimalMin("-100000") @DecimalMax("100000") @Digits(integer = 6, fraction = 4)
            BigDecimal value,

            @NotBlank @Size(max = 20) String unit,

            @JsonProperty("measured_at") @PastOrPresent @PlausibleDate
            Instant measuredAt) {}

    record ClinicalEntry(
            @NotBlank @Size(max = 200) String condition,

            @JsonProperty("medical_flag")
            @Pattern(regexp = "^[a-z_]{2,40}$", message = "must be a lowercase flag like diabetes")
            String medicalFlag,

            Boolean active,

            @JsonProperty("diagnosed_on") @Past @PlausibleDate
            LocalDate diagnosedOn) {}
}
