package io.aura360.bench.quality;

import java.nio.file.Path;
import java.util.Set;

/**
 * Command line of the retrieval-quality benchmark; {@code --quick} samples the external sets, {@code --sets a,b}
 * runs only the named sets (all by default).
 */
record BenchOptions(
        boolean quick, Path knowledge, Path external, Set<String> sets, int sampleQueries, int sampleDistractors) {

    private static final int QUICK_QUERIES = 150;

    private static final int QUICK_DISTRACTORS = 800;

    static BenchOptions parse(String[] args) {
        boolean quick = false;
        Path knowledge = Path.of("knowledge");
        Path external = Path.of("../shared/eval");
        Set<String> sets = Set.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--knowledge" -> knowledge = Path.of(value(args, ++i));
                case "--external" -> external = Path.of(value(args, ++i));
                case "--sets" -> sets = Set.of(value(args, ++i).split(","));
                default ->
                    throw new IllegalArgumentException(
                            "usage: [--quick] [--knowledge DIR] [--external DIR] [--sets a,b], unknown argument "
                                    + args[i]);
            }
        }
        return new BenchOptions(quick, knowledge, external, sets, QUICK_QUERIES, QUICK_DISTRACTORS);
    }

    boolean includes(String set) {
        return sets.isEmpty() || sets.contains(set);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
