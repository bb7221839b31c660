package io.aura360.agents.prompt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders what the user wrote or what was stored about them as one JSON object for the prompt's data block.
 * JSON string escaping keeps every value on its own line (a newline inside a value becomes {@code \n}), so no
 * value can start a Markdown heading or list item; backticks and the Unicode line separators are escaped too, so
 * no value can close the fence around the block. Maps are sorted at every depth and sets are sorted, so equal
 * data always renders alike and gives the same prompt checksum.
 */
public final class PromptData {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PromptData() {}

    /** {@code {"context": {...}, "request": "..."}}, neutralised; see the class comment. */
    public static String render(Map<String, Object> context, String request) {
        Map<String, Object> data = new TreeMap<>();
        data.put("context", canonical(context));
        data.put("request", request);
        return neutralised(JSON.writeValueAsString(data));
    }

    /** The characters a JSON writer leaves raw that a reader of Markdown could take for structure. */
    private static String neutralised(String json) {
        StringBuilder out = new StringBuilder(json.length());
        json.codePoints().forEach(c -> {
            switch (c) {
                case '`', '\u0085', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", c));
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static Object canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
            return sorted;
        }
        if (value instanceof Set<?> set) {
            return set.stream()
                    .map(PromptData::canonical)
                    .sorted((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)))
                    .toList();
        }
        if (value instanceof Collection<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(canonical(item)));
            return copy;
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return String.valueOf(value);
    }
}
