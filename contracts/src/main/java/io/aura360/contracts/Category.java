package io.aura360.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The three dimensions of wellbeing AURA360 advises on. Written lowercase on the wire; the Spanish names
 * ({@code mente}, {@code cuerpo}, {@code alma}) are read as aliases, so a Spanish client can send them, and every
 * answer names the canonical form.
 */
public enum Category {
    MIND("mente"),
    BODY("cuerpo"),
    SOUL("alma");

    private final String alias;

    Category(String alias) {
        this.alias = alias;
    }

    /** The Spanish name accepted on input in place of {@link #wireName()}. */
    public String alias() {
        return alias;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The category named {@code value} or its alias (case-insensitive), or empty for anything else. */
    public static Optional<Category> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.strip();
        return Arrays.stream(values())
                .filter(c -> c.wireName().equalsIgnoreCase(name) || c.alias.equalsIgnoreCase(name))
                .findFirst();
    }

    @JsonCreator
    static Category fromWire(String value) {
        return parse(value).orElseThrow(() -> new IllegalArgumentException("unknown category: " + value));
    }
}
