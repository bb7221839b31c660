package io.aura360.gateway.review;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the reviewer did about an item (the {@code outcome} check of V22__review_queue.sql). */
enum ReviewOutcome {
    CONTACTED,
    NO_ACTION,
    ESCALATED,
    FALSE_POSITIVE;

    static Optional<ReviewOutcome> parse(String wire) {
        return Arrays.stream(values()).filter(o -> o.wire().equals(wire)).findFirst();
    }

    @JsonValue
    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
