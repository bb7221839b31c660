package io.aura360.gateway.request;

import io.aura360.contracts.Category;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A validated advice request: a real user id, a known category and bounded metadata. */
record AdviceCommand(UUID userId, Category category, String locale, String device, String message, String sessionId) {

    static AdviceCommand from(AdviceRequestBody body) {
        UUID userId = parseUuid(body.userId());
        Category category = Category.parse(body.category())
                .orElseThrow(() -> invalid("category", "must be one of mind, body, soul (or mente, cuerpo, alma)"));
        AdviceRequestBody.Metadata meta = (body.metadata() != null)
                ? body.metadata()
                : new AdviceRequestBody.Metadata(null, null, null, null, null);
        String message = (meta.message() == null || meta.message().isBlank())
                ? null
                : meta.message().strip();
        return new AdviceCommand(userId, category, meta.locale(), meta.device(), message, meta.sessionId());
    }

    /** What is stored in {@code holistic_requests.request_metadata}: no message text, only whether there was one. */
    Map<String, Object> storedMetadata() {
        Map<String, Object> stored = new LinkedHashMap<>();
        if (locale != null) {
            stored.put("locale", locale);
        }
        if (device != null) {
            stored.put("device", device);
        }
        if (sessionId != null) {
            stored.put("session_id", sessionId);
        }
        stored.put("has_message", message != null);
        return stored;
    }

    private static UUID parseUuid(String value) {
        try {
            UUID uuid = UUID.fromString(value.strip());
            if (!uuid.toString().equalsIgnoreCase(value.strip())) {
                throw new IllegalArgumentException();
            }
            return uuid;
        } catch (IllegalArgumentException ex) {
            throw invalid("user_id", "must be a UUID");
        }
    }

    private static ApiProblemException invalid(String field, String message) {
        return new ApiProblemException(
                ProblemType.INVALID_REQUEST,
                "The request body is not valid.",
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }
}
