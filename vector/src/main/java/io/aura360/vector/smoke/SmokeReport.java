package io.aura360.vector.smoke;

import java.util.List;

/** What a smoke run found: how many checks ran and, for each one that failed, why. Passed when none failed. */
public record SmokeReport(String collection, int checks, List<String> failures) {

    public SmokeReport {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    public String summary() {
        return passed()
                ? "smoke passed: " + checks + " checks on " + collection
                : "smoke FAILED on " + collection + ": " + failures.size() + " of " + checks + " checks failed: "
                        + String.join("; ", failures);
    }
}
