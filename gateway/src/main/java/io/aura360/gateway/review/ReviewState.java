package io.aura360.gateway.review;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An item waits ({@code open}), is taken by one reviewer ({@code claimed}) and ends {@code resolved}. */
enum ReviewState {
    OPEN,
    CLAIMED,
    RESOLVED;

    static Optional<ReviewState> parse(String wire) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(wire)).findFirst();
    }

    @JsonValue
    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
