package io.aura360.gateway.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoundedPreferencesTest {

    private final BoundedPreferences.Check check = new BoundedPreferences.Check();

    @Test
    void acceptsEverydayNumbers() {
        assertThat(check.isValid(Map.of("tone", "calm", "minutes", 20, "ratio", 0.75, "big", Long.MAX_VALUE), null))
                .isTrue();
    }

    @Test
    void refusesDoublesThatPostgresWouldWriteOutAsHundredsOfDigits() {
        // found by the fuzz suite: stored, then every read of the profile failed on the number's length
        assertThat(check.isValid(Map.of("habit", List.of(-5.0180405472386594E157)), null))
                .isFalse();
        assertThat(check.isValid(Map.of("tiny", 1e-200), null)).isFalse();
        assertThat(check.isValid(Map.of("nan", Double.NaN), null)).isFalse();
    }

    @Test
    void refusesDecimalsBeyondTwentyDigitsEitherSideOfThePoint() {
        assertThat(check.isValid(Map.of("n", new BigDecimal("1E-16000")), null)).isFalse();
        assertThat(check.isValid(Map.of("n", new BigDecimal("1E+21")), null)).isFalse();
        assertThat(check.isValid(Map.of("n", new BigDecimal("12345.678")), null))
                .isTrue();
    }
}
