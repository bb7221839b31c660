package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Explicit size limits on what users store about themselves: each breach is a 422 naming the field (issue 12, finding 6). */
class InputLimitsTest extends FullStackTest {

    private final UUID user = UUID.randomUUID();

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "1899-12-31", "0001-01-01"})
    void refusesBirthDatesBefore1900(String date) {
        assertInvalid(put("/api/v1/me/profile", token(user), "{\"birth_date\": \"" + date + "\"}"), "birth");
    }

    @Test
    void acceptsABirthDateInRange() {
        assertThat(put("/api/v1/me/profile", token(user), "{\"birth_date\": \"1900-01-01\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void refusesADecimalWithMorePrecisionThanAMeasurementHas() {
        assertInvalid(
                postJson(
                        "/api/v1/me/biometrics",
                        token(user),
                        "{\"metric\": \"sleep_hours\", \"value\": 1E-16000, \"unit\": \"h\"}"),
                "value");
    }

    @Test
    void refusesAMeasurementDateOutsideTheSaneRange() {
        assertInvalid(
                postJson(
                        "/api/v1/me/biometrics",
                        token(user),
                        "{\"metric\": \"sleep_hours\", \"value\": 7, \"unit\": \"h\", \"measured_at\": \"-999999999-01-01T00:00:00Z\"}"),
                "measured");
    }

    @Test
    void refusesPreferencesNestedTooDeeply() {
        assertInvalid(
                put("/api/v1/me/profile", token(user), "{\"preferences\": {\"a\": {\"b\": {\"c\": {\"d\": 1}}}}}"),
                "preferences");
    }

    @Test
    void refusesPreferencesTooLargeAltogether() {
        String big = "\"" + "p".repeat(1_000) + "\"";
        String preferences =
                "{\"a\": " + big + ", \"b\": " + big + ", \"c\": " + big + ", \"d\": " + big + ", \"e\": " + big + "}";
        assertInvalid(put("/api/v1/me/profile", token(user), "{\"preferences\": " + preferences + "}"), "preferences");
    }

    @Test
    void refusesJsonNestedDeeperThanTheParserLimit() {
        String deep = "[".repeat(2_000) + "]".repeat(2_000);
        assertInvalid(
                put("/api/v1/me/profile", token(user), "{\"preferences\": {\"x\": " + deep + "}}"), "preferences");
    }

    @Test
    void refusesNumbersLongerThanTheParserLimit() {
        assertInvalid(
                postJson(
                        "/api/v1/me/biometrics",
                        token(user),
                        "{\"metric\": \"sleep_hours\", \"value\": " + "9".repeat(5_000) + ", \"unit\": \"h\"}"),
                "body"); // a record's fields carry no parser path, so the body is named
    }

    @Test
    void capsTheDistinctBiometricMetricsPerUserButKeepsRecordingKnownOnes() {
        String token = token(user);
        for (int i = 0; i < 50; i++) {
            String metric = "metric_" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
            assertThat(postJson("/api/v1/me/biometrics", token, biometric(metric))
                            .status())
                    .isEqualTo(201);
        }

        assertInvalid(postJson("/api/v1/me/biometrics", token, biometric("one_too_many")), "metric");
        assertThat(postJson("/api/v1/me/biometrics", token, biometric("metric_aa"))
                        .status())
                .as("a new reading of a known metric is still welcome")
                .isEqualTo(201);
    }

    private static String biometric(String metric) {
        return "{\"metric\": \"" + metric + "\", \"value\": 1, \"unit\": \"x\"}";
    }

    private static void assertInvalid(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().path("type").asString()).isEqualTo("https://aura360.io/problems/invalid-request");
        assertThat(response.body()).containsIgnoringCase(field);
    }
}
