package io.aura360.app.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Prints an advice envelope for a person: summary, numbered recommendations, then the sources they cite. */
final class AnswerPrinter {

    private final PrintStream out;

    AnswerPrinter(PrintStream out) {
        this.out = out;
    }

    void print(JsonNode envelope) {
        JsonNode response = envelope.path("response");
        out.println(response.path("summary").path("title").asString());
        out.println(response.path("summary").path("message").asString());
        out.println();
        Map<String, Integer> citations = new LinkedHashMap<>();
        int number = 1;
        for (JsonNode recommendation : response.path("recommendations")) {
            StringBuilder refs = new StringBuilder();
            for (JsonNode id : recommendation.path("evidence_ids")) {
                int ref = citations.computeIfAbsent(id.asString(), k -> citations.size() + 1);
                refs.append('[').append(ref).append(']');
            }
            out.printf(
                    "%d. %s %s (confidence %.2f)%n",
                    number++,
                    recommendation.path("description").asString(),
                    refs,
                    recommendation.path("confidence").asDouble());
        }
        if (citations.isEmpty()) {
            out.println("(no recommendations: no trusted source was found)");
        }
        out.println();
        out.println("Sources:");
        for (JsonNode source : response.path("sources")) {
            Integer ref = citations.get(source.path("source_id").asString());
            if (ref != null) {
                out.printf(
                        "[%d] %s %s%n",
                        ref,
                        source.path("source_id").asString(),
                        source.path("url").asString(""));
            }
        }
        out.println();
        out.printf(
                "request %s · status %s · trace %s%n",
                envelope.path("request_id").asString(),
                envelope.path("status").asString(),
                envelope.path("trace_id").asString());
    }
}
