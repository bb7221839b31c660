package io.aura360.gateway.problem;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Parsing of query parameters shared by the keyset listings, which report every bad field at once. */
public final class QueryParameters {

    private QueryParameters() {}

    /** One entry of a problem's {@code errors}: the JSON field clients send and what is wrong with it. */
    public static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    /** The number, or null when the text is not one (the caller adds the field's error). */
    public static Integer integer(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    public static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }
}
