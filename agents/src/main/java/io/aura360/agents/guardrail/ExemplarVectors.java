package io.aura360.agents.guardrail;

import io.aura360.platform.built.BuiltFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The exemplar bank's embeddings, computed when the agents are built and shipped beside the bank, so a start reads
 * a few megabytes instead of embedding thousands of lines. Keyed ({@link BuiltFile}) by the model's name and every
 * embedded text in order: when the bank or the model changes and the file was not rebuilt, the bank is embedded at
 * start as before.
 */
final class ExemplarVectors {

    static final String RESOURCE = "/guardrails/crisis-exemplars.vectors";

    private ExemplarVectors() {}

    /** The key of {@code texts} embedded by the model called {@code model}. */
    static String key(String model, List<String> texts) {
        return BuiltFile.key(Stream.concat(Stream.of(model), texts.stream()).toList());
    }

    /** The vectors stored under {@code key} in the classpath resource, if it is there and was built for that key. */
    static Optional<List<float[]>> read(String key) {
        return BuiltFile.read(RESOURCE, key, in -> {
            int count = in.readInt();
            int dimensions = in.readInt();
            List<float[]> vectors = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                vectors.add(BuiltFile.readFloats(in, dimensions));
            }
            return vectors;
        });
    }

    static void write(Path file, String key, List<float[]> vectors) {
        BuiltFile.write(file, key, out -> {
            out.writeInt(vectors.size());
            out.writeInt(vectors.isEmpty() ? 0 : vectors.getFirst().length);
            for (float[] vector : vectors) {
                BuiltFile.writeFloats(out, vector);
            }
        });
    }
}
