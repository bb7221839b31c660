package io.aura360.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three dimensions of wellbeing AURA360 advises on. Written lowercase on the wire. */
public enum Category {
    MIND,
    BODY,
    SOUL;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The category named {@code value} (case-insensitive), or empty for anything else. */
    public static Optional<Category> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(c -> c.wireName().equalsIgnoreCase(value.strip()))
                .findFirst();
    }

    @JsonCreator
    static Category fromWire(String value) {
        return parse(value).orElseThrow(() -> new IllegalArgumentException("unknown category: " + value));
    }
}
