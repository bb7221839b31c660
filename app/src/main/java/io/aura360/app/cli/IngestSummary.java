package io.aura360.app.cli;

import io.aura360.vector.ingest.KnowledgeIngestor.Outcome;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What {@code ./aura360 ingest} did, file by file: counts per outcome and every failure with its reason. */
final class IngestSummary {

    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);

    private final List<String> failures = new ArrayList<>();

    void record(Outcome outcome) {
        counts.merge(outcome, 1, Integer::sum);
    }

    void fail(Path file, String reason) {
        failures.add(file + ": " + reason);
    }

    int count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    boolean failed() {
        return !failures.isEmpty();
    }

    int failures() {
        return failures.size();
    }

    void print(PrintStream out) {
        out.printf(
                "added=%d updated=%d unchanged=%d removed=%d failed=%d%n",
                count(Outcome.ADDED),
                count(Outcome.UPDATED),
                count(Outcome.UNCHANGED),
                count(Outcome.REMOVED) + count(Outcome.ABSENT),
                failures.size());
        printFailures(out);
    }

    void printFailures(PrintStream out) {
        failures.forEach(failure -> out.println("  failed " + failure));
    }
}
