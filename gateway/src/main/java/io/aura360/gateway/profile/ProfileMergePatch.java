package io.aura360.gateway.profile;

import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code PATCH /api/v1/me/profile}: applies a JSON Merge Patch (RFC 7396) to the profile as {@code PUT} would
 * write it, then reads the result as a {@link ProfileUpdate}, so a patch is refused exactly where a full
 * replacement would be (unknown fields, the tier, invalid values). The merge is RFC 7396 section 2's seven-line
 * algorithm on Jackson trees; Jackson 3 has none built in.
 */
@Component
class ProfileMergePatch {

    /** The profile fields a user may set: {@link ProfileUpdate}'s, as they appear on the wire. */
    private static final List<String> FIELDS = List.of(
            "display_name",
            "locale",
            "sex",
            "birth_date",
            "height_cm",
            "activity_level",
            "goals",
            "preferences",
            "timezone");

    private final JsonMapper json;

    private final Validator validator;

    ProfileMergePatch(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The full replacement that {@code patch} makes of {@code current} (the profile as GET returns it). */
    ProfileUpdate apply(Map<String, Object> current, JsonNode patch) {
        if (!patch.isObject()) {
            throw new ApiProblemException(
                    ProblemType.INVALID_REQUEST, "A merge patch of the profile must be a JSON object.");
        }
        ObjectNode target = json.createObjectNode();
        FIELDS.forEach(field -> target.set(field, json.valueToTree(current.get(field))));
        ProfileUpdate update = read(merge(target, patch));
        Set<ConstraintViolation<ProfileUpdate>> violations = validator.validate(update);
        if (!violations.isEmpty()) {
            List<Map<String, String>> errors = violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> Map.of("field", wireName(v.getPropertyPath().toString()), "message", v.getMessage()))
                    .toList();
            throw new ApiProblemException(
                    ProblemType.INVALID_REQUEST, "The request body is not valid.", Map.of("errors", errors));
        }
        return update;
    }

    /** RFC 7396 section 2: objects merge member by member, a null removes a member, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = (target != null && target.isObject())
                ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }

    private ProfileUpdate read(JsonNode merged) {
        try {
            return json.treeToValue(merged, ProfileUpdate.class);
        } catch (UnrecognizedPropertyException ex) {
            throw new ApiProblemException(ProblemType.INVALID_REQUEST, "Unknown field '" + ex.getPropertyName() + "'.");
        } catch (DatabindException ex) {
            String field =
                    ex.getPath().isEmpty() ? "?" : ex.getPath().getFirst().getPropertyName();
            throw new ApiProblemException(
                    ProblemType.INVALID_REQUEST, "Field '" + field + "' has the wrong type or value.");
        }
    }

    private static String wireName(String property) {
        return property.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }
}
