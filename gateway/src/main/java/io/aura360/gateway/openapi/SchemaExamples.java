package io.aura360.gateway.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An example value for a schema of the document, built from the examples its properties declare, else from their
 * type, format and bounds, so that every response of the document shows what it looks like. The full-stack
 * document test validates each generated example against its schema.
 */
final class SchemaExamples {

    private static final String REF_PREFIX = "#/components/schemas/";

    /** Deep enough for every payload of the API; stops a self-referencing schema from recursing forever. */
    private static final int MAX_DEPTH = 12;

    /**
     * Values that read like the API's own for the properties most responses share; used when the property's schema
     * allows them (a string without format, or an enum listing the value).
     */
    private static final Map<String, Object> BY_NAME = Map.ofEntries(
            Map.entry("trace_id", "4bf92f3577b34da6a3ce929d0e0e4736"),
            Map.entry("status", "COMPLETED"),
            Map.entry("version", "1.0.0"),
            Map.entry("tier", "plus"),
            Map.entry("locale", "es"),
            Map.entry("category", "mind"),
            Map.entry("source_id", "mind-es-respiracion#0"),
            Map.entry(
                    "url",
                    "https://www.nhs.uk/mental-health/self-help/guides-tools-and-activities/breathing-exercises-for-stress/"),
            Map.entry("title", "Tu plan para la mente"),
            Map.entry("message", "Tres pasos basados en evidencia, cada uno con su fuente."),
            Map.entry("description", "Respira lento: inhala cuatro segundos y exhala seis, durante cinco minutos."),
            Map.entry("label", "provisional"),
            Map.entry("model", "offline"));

    @SuppressWarnings("rawtypes")
    private final Map<String, Schema> components;

    @SuppressWarnings("rawtypes")
    SchemaExamples(Map<String, Schema> components) {
        this.components = (components == null) ? Map.of() : components;
    }

    @SuppressWarnings("rawtypes")
    Optional<Object> of(Schema schema) {
        return Optional.ofNullable(example(schema, 0));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Object example(Schema schema, int depth) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.get$ref() != null) {
            return example(components.get(schema.get$ref().substring(REF_PREFIX.length())), depth + 1);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getEnum() != null) {
            return ((List<Object>) schema.getEnum())
                    .stream().filter(v -> v != null).findFirst().orElse(null);
        }
        for (List<Schema> alternatives : List.of(listOrEmpty(schema.getAnyOf()), listOrEmpty(schema.getOneOf()))) {
            for (Schema alternative : alternatives) {
                if (!isNullOnly(alternative)) {
                    return example(alternative, depth + 1);
                }
            }
        }
        if (schema.getAllOf() != null) {
            Map<String, Object> merged = new LinkedHashMap<>();
            for (Object part : schema.getAllOf()) {
                if (example((Schema) part, depth + 1) instanceof Map<?, ?> fields) {
                    fields.forEach((k, v) -> merged.put(String.valueOf(k), v));
                }
            }
            return merged;
        }
        return byType(schema, type(schema), depth);
    }

    @SuppressWarnings("rawtypes")
    private Object byType(Schema schema, String type, int depth) {
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> {
                Object item = example(schema.getItems(), depth + 1);
                yield (item == null) ? List.of() : List.of(item);
            }
            case "string" -> string(schema);
            case "integer" -> schema.getMinimum() != null ? schema.getMinimum().longValue() : 1L;
            case "number" -> number(schema);
            case "boolean" -> true;
            default -> null;
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Map<String, Object> object(Schema schema, int depth) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> {
                Object value = byName(name, property).orElseGet(() -> example(property, depth + 1));
                if (value != null || listOrEmpty(schema.getRequired()).contains(name)) {
                    fields.put(name, value);
                }
            });
        }
        return fields;
    }

    /** The {@link #BY_NAME} value of {@code name} when its schema (or the one it refers to) accepts it. */
    @SuppressWarnings("rawtypes")
    private Optional<Object> byName(String name, Schema property) {
        Object value = BY_NAME.get(name);
        if (value == null) {
            return Optional.empty();
        }
        Schema target = property;
        if (target.get$ref() != null) {
            target = components.get(target.get$ref().substring(REF_PREFIX.length()));
        }
        if (target == null || target.getExample() != null) {
            return Optional.empty();
        }
        if (target.getEnum() != null) {
            return target.getEnum().contains(value) ? Optional.of(value) : Optional.empty();
        }
        boolean plainString =
                type(target).equals("string") && target.getFormat() == null && target.getPattern() == null;
        return plainString ? Optional.of(value) : Optional.empty();
    }

    @SuppressWarnings("rawtypes")
    private static Object string(Schema schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "uuid" -> "3f6c1a52-8a5e-4f8e-9d6e-0c2b7f1e9a10";
            case "date-time" -> "2026-01-15T09:30:00Z";
            case "date" -> "2026-01-15";
            case "uri", "url" -> "https://aura360.io/docs";
            case "email" -> "ana@example.org";
            default -> "text";
        };
    }

    @SuppressWarnings("rawtypes")
    private static Object number(Schema schema) {
        BigDecimal minimum = schema.getMinimum();
        BigDecimal maximum = schema.getMaximum();
        if (minimum != null && maximum != null) {
            return minimum.add(maximum).divide(BigDecimal.valueOf(2)).doubleValue();
        }
        return minimum != null ? minimum.doubleValue() : 0.5;
    }

    /** The schema's one non-null type (OpenAPI 3.1 lists types; 3.0 names one). */
    @SuppressWarnings("rawtypes")
    private static String type(Schema schema) {
        Set<String> types = schema.getTypes();
        if (types != null) {
            return types.stream().filter(t -> !t.equals("null")).findFirst().orElse("null");
        }
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getProperties() != null ? "object" : "";
    }

    @SuppressWarnings("rawtypes")
    private static boolean isNullOnly(Schema schema) {
        Set<String> types = schema.getTypes();
        return types != null && types.size() == 1 && types.contains("null") && schema.get$ref() == null;
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return (list == null) ? List.of() : list;
    }
}
