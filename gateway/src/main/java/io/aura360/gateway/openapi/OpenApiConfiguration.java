package io.aura360.gateway.openapi;

import io.aura360.gateway.problem.ProblemType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The served {@code /v3/api-docs}: title and version, the bearer scheme every endpoint needs, and the problems
 * (RFC 9457, {@code application/problem+json}) any operation can answer with. The full-stack contract tests
 * validate every response against this document, so a status or field missing here fails the build.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    static final String PROBLEM = "Problem";

    static final String PROBLEM_JSON = "application/problem+json";

    /** Statuses every operation can answer with: the filters and the exception handler produce them for any path. */
    private static final List<ProblemType> COMMON = List.of(
            ProblemType.MALFORMED_REQUEST,
            ProblemType.UNAUTHENTICATED,
            ProblemType.FORBIDDEN,
            ProblemType.NOT_FOUND,
            ProblemType.METHOD_NOT_ALLOWED,
            ProblemType.NOT_ACCEPTABLE,
            ProblemType.PAYLOAD_TOO_LARGE,
            ProblemType.UNSUPPORTED_MEDIA_TYPE,
            ProblemType.INVALID_REQUEST,
            ProblemType.TOO_MANY_REQUESTS,
            ProblemType.INTERNAL,
            ProblemType.SERVICE_UNAVAILABLE);

    @Bean
    OpenAPI auraOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("AURA360 API")
                        .version("v1")
                        .description("Wellbeing advice grounded in a curated knowledge base. Every call carries a "
                                + "bearer JWT; every error is an RFC 9457 problem of a stable type."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Adds the common problem responses to every operation, keeping the descriptions an operation gives itself. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            // Springdoc rebuilds the component schemas from the model, so the problem schema is added here.
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getComponents().getSchemas().values().forEach(OpenApiConfiguration::allowNullWhenOptional);
            SchemaExamples examples = new SchemaExamples(openApi.getComponents().getSchemas());
            openApi.getPaths().values().stream()
                    .map(PathItem::readOperations)
                    .flatMap(List::stream)
                    .forEach(operation -> {
                        addProblems(operation);
                        addExamples(operation, examples);
                    });
        };
    }

    /** Jackson writes absent optional values as {@code null}; the document says so for every optional property. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void allowNullWhenOptional(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = (Map<String, Schema>) schema.getProperties();
        // An optional object (a $ref) is null until it exists, as the advice's response while it is processing.
        properties.replaceAll((name, property) -> required.contains(name) || property.get$ref() == null
                ? property
                : new Schema<>().anyOf(List.of(property, nullSchema())));
        properties.forEach((name, property) -> {
            if (!required.contains(name) && property.get$ref() == null && property.getTypes() != null) {
                property.addType("null");
                if (property.getEnum() != null && !property.getEnum().contains(null)) {
                    property.getEnum().add(null);
                }
            }
            allowNullWhenOptional(property);
            if (property.getItems() != null) {
                allowNullWhenOptional(property.getItems());
            }
        });
    }

    @SuppressWarnings("rawtypes")
    private static Schema nullSchema() {
        Schema schema = new Schema<>();
        schema.addType("null");
        return schema;
    }

    /** Each success body and request body without an example gets one built from its schema. */
    private static void addExamples(Operation operation, SchemaExamples examples) {
        List<Content> contents = new java.util.ArrayList<>();
        operation.getResponses().forEach((code, response) -> {
            if (code.startsWith("2") && response.getContent() != null) {
                contents.add(response.getContent());
            }
        });
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            contents.add(operation.getRequestBody().getContent());
        }
        contents.forEach(content -> content.forEach((type, media) -> {
            if (type.endsWith("json") && media.getExample() == null && media.getExamples() == null) {
                examples.of(media.getSchema()).ifPresent(media::setExample);
            }
        }));
    }

    private static void addProblems(Operation operation) {
        ApiResponses responses = operation.getResponses();
        for (ProblemType type : problemTypesFor(responses)) {
            String code = String.valueOf(type.status().value());
            ApiResponse response = responses.computeIfAbsent(code, c -> new ApiResponse().description(type.title()));
            response.setContent(new Content().addMediaType(PROBLEM_JSON, problemMedia(type)));
        }
    }

    /**
     * The common problems, then those an operation declares itself (409, its own 503), one per status. A declared
     * response names its type first in its description ({@code "advice-unavailable: …"}); one that names none gets
     * the first type of its status.
     */
    private static List<ProblemType> problemTypesFor(ApiResponses responses) {
        Map<Integer, ProblemType> byStatus = new LinkedHashMap<>();
        COMMON.forEach(t -> byStatus.put(t.status().value(), t));
        responses.forEach((code, response) ->
                declared(code, response).ifPresent(t -> byStatus.put(t.status().value(), t)));
        return List.copyOf(byStatus.values());
    }

    private static Optional<ProblemType> declared(String code, ApiResponse response) {
        List<ProblemType> ofStatus = Arrays.stream(ProblemType.values())
                .filter(t -> String.valueOf(t.status().value()).equals(code))
                .toList();
        String description = Objects.toString(response.getDescription(), "");
        return ofStatus.stream()
                .filter(t -> description.startsWith(t.slug()))
                .findFirst()
                .or(() -> ofStatus.stream().findFirst());
    }

    private static MediaType problemMedia(ProblemType type) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri().toString());
        example.put("title", type.title());
        example.put("status", type.status().value());
        example.put("detail", type.title() + ".");
        example.put("instance", "/api/v1/holistic/advice");
        example.put("trace_id", "4bf92f3577b34da6a3ce929d0e0e4736");
        return new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                .example(example);
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        List<String> types =
                Arrays.stream(ProblemType.values()).map(t -> t.uri().toString()).toList();
        StringSchema type = new StringSchema();
        type.setEnum(types);
        Schema problem = new ObjectSchema()
                .description("An RFC 9457 problem; `type` is one of the stable problem types.")
                .addProperty("type", type)
                .addProperty("title", new StringSchema())
                .addProperty("status", new Schema<Integer>().type("integer"))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("trace_id", new StringSchema())
                .addProperty("error_type", new StringSchema())
                .addProperty("errors", new Schema<>().type("array"))
                .required(List.of("type", "title", "status"));
        problem.addType("object");
        return problem;
    }
}
