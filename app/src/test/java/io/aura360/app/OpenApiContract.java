package io.aura360.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The served OpenAPI document as a checker of responses: a response must have a documented status for its
 * operation, a documented media type, and a body valid against the documented schema. Component schemas are read
 * strictly (no properties beyond those documented, except in problems, whose extension members RFC 9457 allows),
 * so an undocumented field fails as an undocumented status does.
 */
final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonNode document;

    private final List<Route> routes = new ArrayList<>();

    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    OpenApiContract(String documentJson) {
        try {
            this.document = JSON.readTree(documentJson);
        } catch (Exception ex) {
            throw new IllegalArgumentException("not a JSON OpenAPI document", ex);
        }
        document.path("components").path("schemas").properties().forEach(e -> {
            if (!e.getKey().equals("Problem")) {
                closeObjects(e.getValue());
            }
        });
        document.path("paths").properties().forEach(e -> routes.add(Route.of(e.getKey())));
    }

    /** Whether {@code path} (query string allowed) is one of the documented paths. */
    boolean documents(String path) {
        return route(path).isPresent();
    }

    /** What is wrong with this response to {@code method path}, empty when the document describes it. */
    List<String> violations(String method, String path, int status, String contentType, String body) {
        Optional<Route> route = route(path);
        if (route.isEmpty()) {
            return List.of("undocumented path " + path);
        }
        String where = method + " " + route.get().template() + " → " + status;
        JsonNode operation = document.path("paths").path(route.get().template()).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            // Spring answers an undocumented method with 405 on its own; nothing else may come back.
            return status == 405 ? List.of() : List.of("undocumented operation " + where);
        }
        JsonNode response = operation.path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            response = operation.path("responses").path("default");
        }
        if (response.isMissingNode()) {
            return List.of("undocumented status " + where);
        }
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return body.isEmpty() ? List.of() : List.of("body where none is documented " + where);
        }
        String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode media = content.path(mediaType);
        if (media.isMissingNode()) {
            media = content.path("*/*");
        }
        if (media.isMissingNode()) {
            return List.of("undocumented media type " + mediaType + " for " + where + ", documented: "
                    + content.fieldNames().next());
        }
        if (!media.has("schema") || !mediaType.endsWith("json")) {
            return List.of();
        }
        String pointer = "/paths/" + escape(route.get().template()) + "/" + method.toLowerCase(Locale.ROOT)
                + "/responses/" + (response == operation.path("responses").path("default") ? "default" : status)
                + "/content/" + escape(mediaType) + "/schema";
        return validate(pointer, body).stream().map(m -> m + " in " + where).toList();
    }

    private List<String> validate(String pointer, String body) {
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (Exception ex) {
            return List.of("body is not JSON");
        }
        JsonSchema schema = compiled.computeIfAbsent(pointer, this::compile);
        return schema.validate(instance).stream()
                .map(ValidationMessage::getMessage)
                .toList();
    }

    /** A schema whose root is the response schema and which carries the components its references point into. */
    private JsonSchema compile(String pointer) {
        ObjectNode root = document.at(pointer).deepCopy();
        root.set("components", document.path("components"));
        return SCHEMAS.getSchema(root);
    }

    private Optional<Route> route(String path) {
        String bare = path.split("\\?")[0];
        return routes.stream().filter(r -> r.pattern().matcher(bare).matches()).findFirst();
    }

    /** Makes every documented object refuse properties it does not document. */
    private static void closeObjects(JsonNode schema) {
        if (schema instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        for (Iterator<JsonNode> children = schema.elements(); children.hasNext(); ) {
            closeObjects(children.next());
        }
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private record Route(String template, Pattern pattern) {

        static Route of(String template) {
            return new Route(template, Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")));
        }
    }
}
