package io.aura360.bench.quality;

import java.nio.file.Path;
import java.util.Set;

/**
 * What a retrieval-quality run evaluates: {@code quick} samples the external sets, {@code sets} names the sets to
 * run (all when empty).
 */
record BenchOptions(
        boolean quick, Path knowledge, Path external, Set<String> sets, int sampleQueries, int sampleDistractors) {

    private static final int QUICK_QUERIES = 150;

    private static final int QUICK_DISTRACTORS = 800;

    BenchOptions(boolean quick, Path knowledge, Path external, Set<String> sets) {
        this(quick, knowledge, external, sets, QUICK_QUERIES, QUICK_DISTRACTORS);
    }

    boolean includes(String set) {
        return sets.isEmpty() || sets.contains(set);
    }
}
