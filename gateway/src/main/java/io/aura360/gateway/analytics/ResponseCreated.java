package io.aura360.gateway.analytics;

import io.aura360.contracts.Category;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One {@code holistic.response.created} event as the analytics count it: its id (the key of idempotency), the UTC
 * day it was published (the stream entry's time) and the four dimensions. Events written before the payload named
 * tier, language and outcome count them as {@value #UNKNOWN}; a value that is present but not one the gateway
 * writes makes the event malformed, so neither the table nor the metric's labels take arbitrary strings.
 */
record ResponseCreated(UUID eventId, LocalDate day, String category, String tier, String language, String outcome) {

    static final String TYPE = "holistic.response.created";

    static final String UNKNOWN = "unknown";

    private static final Set<String> TIERS = Set.of("free", "core", "plus", "premium");

    private static final Set<String> OUTCOMES = Set.of("answered", "degraded", "review");

    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2}(-[A-Z]{2})?$");

    /** Reads a stream entry of type {@link #TYPE}; throws {@link MalformedEventException} for anything else. */
    static ResponseCreated parse(String entryId, Map<String, String> fields, JsonMapper json) {
        UUID eventId = uuid(fields.get("event_id"));
        JsonNode payload = payload(fields.get("payload"), json);
        String category = Category.parse(text(payload, "category"))
                .filter(c -> c.wireName().equals(text(payload, "category")))
                .map(Category::wireName)
                .orElseThrow(() -> new MalformedEventException("payload.category is not a category"));
        return new ResponseCreated(
                eventId,
                day(entryId),
                category,
                optional(payload, "tier", TIERS::contains),
                optional(payload, "language", value -> LANGUAGE.matcher(value).matches()),
                optional(payload, "outcome", OUTCOMES::contains));
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(String.valueOf(value));
        } catch (IllegalArgumentException ex) {
            throw new MalformedEventException("event_id is not a UUID");
        }
    }

    private static JsonNode payload(String value, JsonMapper json) {
        try {
            JsonNode payload = json.readTree(String.valueOf(value));
            if (!payload.isObject()) {
                throw new MalformedEventException("payload is not a JSON object");
            }
            return payload;
        } catch (JacksonException ex) {
            throw new MalformedEventException("payload is not JSON");
        }
    }

    private static String text(JsonNode payload, String field) {
        JsonNode value = payload.path(field);
        return value.isString() ? value.asString() : null;
    }

    private static String optional(JsonNode payload, String field, Predicate<String> valid) {
        if (payload.path(field).isMissingNode() || payload.path(field).isNull()) {
            return UNKNOWN;
        }
        String value = text(payload, field);
        if (value == null || !valid.test(value)) {
            throw new MalformedEventException("payload." + field + " is not one the gateway writes");
        }
        return value;
    }

    /** A stream entry id is {@code <milliseconds>-<sequence>}: the time Redis appended it. */
    private static LocalDate day(String entryId) {
        try {
            long millis = Long.parseLong(entryId.substring(0, entryId.indexOf('-')));
            return LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
        } catch (RuntimeException ex) {
            throw new MalformedEventException("entry id " + entryId + " carries no time");
        }
    }
}
