package io.aura360.agents.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.aura360.agents.model.ParsedAdvice.Invalid;
import io.aura360.agents.model.ParsedAdvice.Valid;
import io.aura360.contracts.advice.AdvicePayload;
import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.advice.AdvicePayload.Summary;
import io.aura360.contracts.vector.EvidenceHit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a model's JSON answer ({@code summary}, {@code recommendations}, {@code follow_up}; a Markdown code fence
 * around it is tolerated) and checks it against the published payload schema, so the rules a model must follow
 * are exactly the rules stored responses follow. The answer is wrapped in a payload with placeholder user and
 * diagnostics and the request's evidence as sources; the schema messages then name the model's own fields
 * ({@code $.recommendations[0].confidence}). Evidence ids that name no source are not an error here: the
 * grounding guardrail drops them later. A recommendation citing nothing is an error.
 */
public final class StructuredAdviceParser {

    private static final String SCHEMA = "/schema/advice-payload-v1.json";

    private static final Pattern FENCE = Pattern.compile("^```[A-Za-z]*\\s*(.*?)\\s*```$", Pattern.DOTALL);

    private static final String PLACEHOLDER_USER = "00000000-0000-4000-8000-000000000000";

    private static final String PLACEHOLDER_CHECKSUM = "0".repeat(64);

    // networknt validates Jackson 2 trees, so the model's text is read with Jackson 2 as well (one parse).
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final JsonSchema schema = loadSchema();

    public ParsedAdvice parse(String text, List<EvidenceHit> evidence) {
        if (text == null || text.isBlank()) {
            return new Invalid(List.of("the answer is empty: reply with one JSON object"));
        }
        JsonNode answer;
        try {
            answer = json.readTree(unfenced(text.strip()));
        } catch (JsonProcessingException ex) {
            return new Invalid(List.of("the answer is not valid JSON" + where(ex.getLocation()) + ": "
                    + ex.getOriginalMessage().lines().findFirst().orElse("")));
        }
        if (!(answer instanceof ObjectNode object)) {
            return new Invalid(
                    List.of("the answer must be one JSON object with summary, recommendations and follow_up"));
        }
        List<String> errors = schema.validate(payload(object, evidence)).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
        return errors.isEmpty() ? new Valid(recommendations(object), summary(object)) : new Invalid(errors);
    }

    private ObjectNode payload(ObjectNode answer, List<EvidenceHit> evidence) {
        ObjectNode payload = json.createObjectNode();
        payload.put("version", AdvicePayload.CURRENT_VERSION);
        payload.putObject("user")
                .put("id", PLACEHOLDER_USER)
                .put("tier", "free")
                .put("locale", "en");
        payload.put("category", "mind");
        payload.set("summary", answer.hasNonNull("summary") ? answer.get("summary") : placeholderSummary());
        if (answer.has("recommendations")) {
            payload.set("recommendations", answer.get("recommendations"));
        }
        payload.set("follow_up", answer.hasNonNull("follow_up") ? answer.get("follow_up") : json.createArrayNode());
        ArrayNode sources = payload.putArray("sources");
        for (EvidenceHit hit : evidence) {
            sources.addObject()
                    .put("source_id", hit.sourceId())
                    .put("url", hit.url())
                    .put("chunk", hit.chunk())
                    .put("score", hit.score());
        }
        ObjectNode diagnostics = payload.putObject("agent_diagnostics");
        diagnostics.put("model", "model-output-check").put("prompt_checksum", PLACEHOLDER_CHECKSUM);
        diagnostics.putArray("safety_flags");
        return payload;
    }

    private ObjectNode placeholderSummary() {
        return json.createObjectNode().put("title", "-").put("message", "-");
    }

    private static List<Recommendation> recommendations(ObjectNode answer) {
        List<Recommendation> recommendations = new ArrayList<>();
        for (JsonNode node : answer.get("recommendations")) {
            List<String> evidenceIds = new ArrayList<>();
            node.get("evidence_ids").forEach(id -> evidenceIds.add(id.asText()));
            recommendations.add(new Recommendation(
                    node.get("type").asText(),
                    node.get("description").asText(),
                    node.get("confidence").asDouble(),
                    evidenceIds));
        }
        return recommendations;
    }

    private static Summary summary(ObjectNode answer) {
        JsonNode summary = answer.get("summary");
        return (summary == null || summary.isNull())
                ? null
                : new Summary(
                        summary.get("title").asText(), summary.get("message").asText());
    }

    private static String unfenced(String text) {
        Matcher fenced = FENCE.matcher(text);
        return fenced.matches() ? fenced.group(1) : text;
    }

    private static String where(JsonLocation location) {
        return (location == null || location.getLineNr() < 1)
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static JsonSchema loadSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .locale(Locale.ENGLISH)
                .pathType(PathType.LEGACY)
                .formatAssertionsEnabled(true)
                .build();
        try (InputStream in = StructuredAdviceParser.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is missing from the classpath (aura360-contracts)");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, config);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
