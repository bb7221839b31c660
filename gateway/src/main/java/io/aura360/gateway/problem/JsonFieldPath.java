package io.aura360.gateway.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bean-validation property path ({@code habitType}, {@code entries[2].measuredAt}) as the JSON field the client
 * sent ({@code habit_type}, {@code entries[2].measured_at}): every request body of the API names its fields in
 * snake case, so an error must name them the same way for a client to find the field it got wrong.
 */
final class JsonFieldPath {

    private static final Pattern UPPER = Pattern.compile("(?<=[a-z0-9])([A-Z])");

    private JsonFieldPath() {}

    static String of(String propertyPath) {
        Matcher upper = UPPER.matcher(propertyPath);
        StringBuilder snake = new StringBuilder(propertyPath.length() + 8);
        while (upper.find()) {
            upper.appendReplacement(snake, "_" + upper.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return upper.appendTail(snake).toString();
    }
}
