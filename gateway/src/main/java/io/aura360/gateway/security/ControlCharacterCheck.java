package io.aura360.gateway.security;

import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request body holding a control character other than tab and line breaks (LF, CR), or an unpaired surrogate, in any
 * string or object key at any depth, with {@code 422 invalid-request} naming each field. PostgreSQL stores neither
 * NUL nor an unpaired surrogate in {@code text} or {@code jsonb}: such a body used to fail only at the last insert,
 * after the agents had run, leaving a request the reaper later refunded (free model runs) and the database's error,
 * quoting the text, in the log. The other control characters have no place in what a person writes and would
 * reach prompts and logs. One check for every body of every gateway controller, on the body as read, before Bean
 * Validation.
 */
@ControllerAdvice(basePackages = "io.aura360.gateway")
class ControlCharacterCheck extends RequestBodyAdviceAdapter {

    static final String MESSAGE =
            "must not contain control characters (other than tab and line breaks) or unpaired" + " surrogates";

    private final JsonMapper json;

    ControlCharacterCheck(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        List<String> fields = new ArrayList<>();
        // The body as the client named its fields (JSON names, not Java ones), whatever type it was read into.
        collect(json.valueToTree(body), "", fields);
        if (!fields.isEmpty()) {
            throw new ApiProblemException(
                    ProblemType.INVALID_REQUEST,
                    "The request body is not valid.",
                    Map.of(
                            "errors",
                            fields.stream()
                                    .map(field -> Map.of("field", field, "message", MESSAGE))
                                    .toList()));
        }
        return body;
    }

    private static void collect(JsonNode node, String path, List<String> fields) {
        if (node.isString() && !isPlainText(node.stringValue())) {
            fields.add(path.isEmpty() ? "body" : path);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (!isPlainText(field.getKey())) {
                    fields.add(path.isEmpty() ? "body" : path);
                } else {
                    collect(field.getValue(), fieldPath, fields);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", fields);
            }
        }
    }

    /** No control character but tab and line breaks (LF, CR: text pasted from Windows keeps its CRLF), and every surrogate in a pair. */
    static boolean isPlainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
