package io.aura360.bench.quality;

import java.nio.file.Path;

/** Command line of the retrieval-quality benchmark; {@code --quick} samples the external sets. */
record BenchOptions(boolean quick, Path knowledge, Path external, int sampleQueries, int sampleDistractors) {

	private static final int QUICK_QUERIES = 150;

	private static final int QUICK_DISTRACTORS = 800;

	static BenchOptions parse(String[] args) {
		boolean quick = false;
		Path knowledge = Path.of("knowledge");
		Path external = Path.of("../shared/eval");
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--quick" -> quick = true;
				case "--knowledge" -> knowledge = Path.of(value(args, ++i));
				case "--external" -> external = Path.of(value(args, ++i));
				default -> throw new IllegalArgumentException(
						"usage: [--quick] [--knowledge DIR] [--external DIR], unknown argument " + args[i]);
			}
		}
		return new BenchOptions(quick, knowledge, external, QUICK_QUERIES, QUICK_DISTRACTORS);
	}

	private static String value(String[] args, int i) {
		if (i >= args.length) {
			throw new IllegalArgumentException(args[i - 1] + " needs a value");
		}
		return args[i];
	}

}
