package io.aura360.agents.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The response format the hosted models are asked for: the {@code summary}, {@code recommendations} and
 * {@code follow_up} of the published advice payload schema, converted to LangChain4j's schema elements, which the
 * providers' adapters send as OpenAI's {@code json_schema} response format and Gemini's {@code responseSchema}.
 * The elements carry types, enumerations, items and required properties only (lengths, ranges, patterns and
 * formats are beyond what the providers enforce), so {@link StructuredAdviceParser} still validates the answer
 * against the full schema. Every property is required, as OpenAI's strict mode demands; an optional property of the
 * payload schema is nullable there ({@code "type": ["string", "null"]}) and so it is here.
 */
final class AdviceAnswerSchema {

    private static final String SCHEMA = "/schema/advice-payload-v1.json";

    private static final List<String> ANSWER_FIELDS = List.of("summary", "recommendations", "follow_up");

    private static final ResponseFormat RESPONSE_FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder()
                    .name("advice_answer")
                    .rootElement(answer(payloadSchema()))
                    .build())
            .build();

    private AdviceAnswerSchema() {}

    static ResponseFormat responseFormat() {
        return RESPONSE_FORMAT;
    }

    private static JsonObjectSchema answer(JsonNode payload) {
        JsonObjectSchema.Builder answer = JsonObjectSchema.builder();
        for (String field : ANSWER_FIELDS) {
            answer.addProperty(field, element(payload.path("properties").path(field), field));
        }
        return answer.required(ANSWER_FIELDS).additionalProperties(false).build();
    }

    private static JsonSchemaElement element(JsonNode schema, String path) {
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(value -> values.add(value.asText()));
            return JsonEnumSchema.builder().enumValues(values).build();
        }
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            List<JsonSchemaElement> alternatives = new ArrayList<>();
            type.forEach(one -> alternatives.add(typed(one.asText(), schema, path)));
            return JsonAnyOfSchema.builder().anyOf(alternatives).build();
        }
        return typed(type.asText(), schema, path);
    }

    private static JsonSchemaElement typed(String type, JsonNode schema, String path) {
        return switch (type) {
            case "object" -> object(schema, path);
            case "array" ->
                JsonArraySchema.builder()
                        .items(element(schema.path("items"), path + "[]"))
                        .build();
            case "string" -> JsonStringSchema.builder().build();
            case "number" -> JsonNumberSchema.builder().build();
            case "integer" -> JsonIntegerSchema.builder().build();
            case "boolean" -> JsonBooleanSchema.builder().build();
            case "null" -> new JsonNullSchema();
            default ->
                throw new IllegalStateException(
                        SCHEMA + " has a type the answer schema cannot convert at " + path + ": '" + type + "'");
        };
    }

    private static JsonObjectSchema object(JsonNode schema, String path) {
        JsonObjectSchema.Builder object = JsonObjectSchema.builder();
        List<String> names = new ArrayList<>();
        schema.path("properties").properties().forEach(property -> {
            names.add(property.getKey());
            object.addProperty(property.getKey(), element(property.getValue(), path + "." + property.getKey()));
        });
        return object.required(names).additionalProperties(false).build();
    }

    private static JsonNode payloadSchema() {
        try (InputStream in = AdviceAnswerSchema.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is missing from the classpath (aura360-contracts)");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
